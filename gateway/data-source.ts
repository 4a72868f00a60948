import { Agent, request as httpRequest } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  handleWhen,
  isBrokenCircuitError,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import { takeDecisions } from '../policy/audit/decision-report';
import { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../auth/internal-token';
import { BUDGET_HEADER, IDEMPOTENCY_KEY_HEADER, REQUEST_ID_HEADER } from '../hub/http';
import type { Metrics } from '../hub/metrics';
import { createLogger, errorFields } from '../hub/log';
import { ErrorCode } from '../schema/errors';
import type { GatewayContext } from './context';

const log = createLogger('gateway');

/** How long the gateway waits for a subgraph, and when it lets a failing one rest. */
export interface SubgraphCallLimits {
  /** Longest wait for one call, answer body included. */
  timeoutMs: number;
  /** Failed calls in a row (no answer, too late, or a 5xx) that open the breaker. */
  breakerFailures: number;
  /** How long the breaker stays open before one trial call. */
  breakerHalfOpenMs: number;
}

export const DEFAULT_SUBGRAPH_CALL_LIMITS: Readonly<SubgraphCallLimits> = Object.freeze({
  timeoutMs: 3_000,
  breakerFailures: 5,
  breakerHalfOpenMs: 5_000,
});

/** The call was not made, or was given up, because the request's own budget ran out: not the subgraph's fault. */
class BudgetSpent extends Error {
  override readonly name = 'BudgetSpent';
}

/** A subgraph's answer, read whole: what the data source reads of a fetch Response. */
class Answer {
  readonly ok: boolean;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    private readonly head: Record<string, string | string[] | undefined>,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
  }

  readonly headers = {
    get: (name: string): string | null => {
      const value = this.head[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }
}

/** Given up when its time ran out, before the answer or while its body was arriving. */
class Aborted extends Error {
  override readonly name = 'AbortError';
}

/**
 * POSTs one subgraph call on the keep-alive agent and reads the answer whole within `timeoutMs`. node:http
 * directly, with one timer: node-fetch's Request, Headers and body streams and an AbortSignal per call were a
 * tenth of the gateway's CPU per profile (bench S10), and the gateway needs none of them.
 */
function post(
  target: URL,
  init: { method?: string; headers?: unknown; body?: unknown },
  agent: Agent,
  timeoutMs: number,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(String(init.body ?? ''));
    const headers = { ...(init.headers as Record<string, string>), 'content-length': String(body.length) };
    const call = httpRequest(target, { method: init.method ?? 'POST', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      response.on('end', () => {
        clearTimeout(timer);
        resolve(
          new Answer(
            target.href,
            response.statusCode ?? 0,
            response.statusMessage ?? '',
            response.headers,
            Buffer.concat(chunks).toString('utf8'),
          ),
        );
      });
    });
    const timer = setTimeout(() => call.destroy(new Aborted('the call was given up')), timeoutMs);
    call.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    call.end(body);
  });
}

/** A 5xx answer, counted by the breaker as a failure (the data source still reads its body for the error). */
class ServerError extends Error {
  constructor(readonly response: Answer) {
    super(`HTTP ${response.status}`);
  }
}

type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];

/**
 * How the gateway calls a subgraph. The gateway forwards no client header by default; this is the one place
 * that decides what a subgraph receives: the request id, so subgraph log lines join the gateway's, and the
 * signed internal token, without which a subgraph answers nothing.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name in rover.yaml; clients see it when the subgraph cannot be reached. */
  readonly name: string;

  private readonly internalSecret: string;

  private readonly limits: SubgraphCallLimits;

  /** Opens after `breakerFailures` failed calls in a row: the subgraph is then not called until a trial succeeds. */
  readonly breaker: CircuitBreakerPolicy;

  /**
   * `maxSockets` bounds the keep-alive connections this gateway process holds to the subgraph (default 64):
   * connections are reused across requests, and a burst queues instead of opening thousands of sockets.
   * Calls are plain node:http POSTs on a keep-alive agent (`post`): the default fetcher (make-fetch-happen) adds
   * an HTTP cache layer that subgraph POSTs never use. Each call is bounded by the subgraph's timeout and what
   * is left of the request's budget (willSendRequest puts the smaller in BUDGET_HEADER), and passes the breaker.
   */
  constructor(config: {
    name: string;
    url: string;
    internalSecret: string;
    maxSockets?: number;
    limits?: SubgraphCallLimits;
    /** Times each call by outcome. */
    metrics?: Pick<Metrics, 'subgraphCall'>;
  }) {
    const agent = new Agent({
      keepAlive: true,
      maxSockets: config.maxSockets ?? 64,
      noDelay: true,
    } as ConstructorParameters<typeof Agent>[0]);
    const limits = config.limits ?? DEFAULT_SUBGRAPH_CALL_LIMITS;
    // What the subgraph is to blame for: no answer, no answer in its own time, a 5xx. A call cut short by the
    // request's budget is not.
    const breaker = circuitBreaker(
      handleWhen((error) => !(error instanceof BudgetSpent)),
      { halfOpenAfter: limits.breakerHalfOpenMs, breaker: new ConsecutiveBreaker(limits.breakerFailures) },
    );
    const target = new URL(config.url);
    super({
      url: config.url,
      fetcher: async (_url, init) => {
        const budgetMs = Number((init?.headers as Record<string, string> | undefined)?.[BUDGET_HEADER]);
        if (!(budgetMs > 0)) throw new BudgetSpent('the request budget is spent');
        const ownTimeout = budgetMs >= limits.timeoutMs;
        const started = process.hrtime.bigint();
        const timed = (outcome: 'ok' | 'error' | 'timeout' | 'unavailable') =>
          config.metrics?.subgraphCall(config.name, outcome, Number(process.hrtime.bigint() - started) / 1e9);
        try {
          const answered = (await breaker.execute(async () => {
            let response: Answer;
            try {
              response = await post(target, init ?? {}, agent, budgetMs);
            } catch (error) {
              if (!ownTimeout && (error as Error).name === 'AbortError') throw new BudgetSpent('the budget ran out');
              throw error;
            }
            if (response.status >= 500) throw new ServerError(response);
            return response;
          })) as never;
          timed('ok');
          return answered;
        } catch (error) {
          const late = error instanceof BudgetSpent || (error as Error).name === 'AbortError';
          timed(error instanceof ServerError ? 'error' : late ? 'timeout' : 'unavailable');
          if (error instanceof ServerError) return error.response as never;
          throw error;
        }
      },
    });
    this.name = config.name;
    this.internalSecret = config.internalSecret;
    this.limits = limits;
    this.breaker = breaker;
  }

  /** Whether calls go through (closed), are refused at once (open), or one trial is on its way (half-open). */
  get breakerState(): 'closed' | 'open' | 'half-open' {
    const state = this.breaker.state;
    return state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  /** Every subgraph call carries the request id and the internal token naming the caller. */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!context?.caller) throw new Error('no caller in the gateway context');
    const gatewayContext = context as GatewayContext;
    request.http?.headers.set(REQUEST_ID_HEADER, gatewayContext.requestId);
    if (gatewayContext.idempotencyKey) request.http?.headers.set(IDEMPOTENCY_KEY_HEADER, gatewayContext.idempotencyKey);
    // The subgraph is told how long the gateway will wait for it: its own timeout or what is left of the budget.
    const budget = Math.min(this.limits.timeoutMs, Math.floor(gatewayContext.deadline - Date.now()));
    request.http?.headers.set(BUDGET_HEADER, String(Math.max(0, budget)));
    // One token per caller for half a minute, shared by all its requests' calls (auth/internal-token.ts).
    request.http?.headers.set(
      INTERNAL_TOKEN_HEADER,
      await signInternalToken(this.internalSecret, gatewayContext.caller),
    );
  }

  /** The decisions the subgraph reports go to the request's access-log record, and no further. */
  override didReceiveResponse({ response, context }: ReceivedResponse): ReceivedResponse['response'] {
    const decisions = takeDecisions(response);
    if (decisions.length > 0) context.decisions.push(...decisions);
    return response;
  }

  /**
   * A call that got no answer becomes an error naming the subgraph, and the rest of the response is still
   * served: SUBGRAPH_TIMEOUT when it was given up for time, SUBGRAPH_UNAVAILABLE when it failed or the breaker
   * is open. The error carries neither the internal URL nor the socket error.
   */
  override didEncounterError(
    error: Error,
    fetchRequest: unknown,
    fetchResponse?: unknown,
    context?: GatewayContext,
  ): void {
    // Given up for time: before an answer, or while its body was still arriving.
    const late = error instanceof BudgetSpent || error.name === 'AbortError';
    if (fetchResponse === undefined || late) {
      const open = isBrokenCircuitError(error);
      if (open) log.debug('subgraph resting', { subgraph: this.name });
      else
        log.warn(late ? 'subgraph too slow' : 'subgraph unreachable', { subgraph: this.name, ...errorFields(error) });
      throw new GraphQLError(`The ${this.name} service ${late ? 'did not answer in time' : 'is unavailable'}`, {
        extensions: {
          code: late ? ErrorCode.SUBGRAPH_TIMEOUT : ErrorCode.SUBGRAPH_UNAVAILABLE,
          serviceName: this.name,
        },
      });
    }
    // A 5xx is the subgraph failing, whatever its body says (a proxy's page, a crash); its details stay here.
    const status = (fetchResponse as { status?: number }).status ?? 0;
    if (status >= 500) {
      log.warn('subgraph failed', { subgraph: this.name, status });
      throw new GraphQLError(`The ${this.name} service is unavailable`, {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.name },
      });
    }
    super.didEncounterError(error, fetchRequest as never, fetchResponse as never, context as never);
  }
}
