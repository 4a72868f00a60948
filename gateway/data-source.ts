import { Agent } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import fetch from 'node-fetch';
import { takeDecisions } from '../policy/audit/decision-report';
import { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../auth/internal-token';
import { REQUEST_ID_HEADER } from '../hub/http';
import { createLogger, errorFields } from '../hub/log';
import { ErrorCode } from '../schema/errors';
import type { GatewayContext } from './context';

const log = createLogger('gateway');

type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];

/**
 * One internal token per gateway request, shared by all its subgraph calls (a Citizen 360 query makes five or
 * more): keyed by the request's context object, so it goes when the request does.
 */
const tokens = new WeakMap<GatewayContext, Promise<string>>();

/**
 * How the gateway calls a subgraph. The gateway forwards no client header by default; this is the one place
 * that decides what a subgraph receives: the request id, so subgraph log lines join the gateway's, and the
 * signed internal token, without which a subgraph answers nothing.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name in rover.yaml; clients see it when the subgraph cannot be reached. */
  readonly name: string;

  private readonly internalSecret: string;

  /**
   * `maxSockets` bounds the keep-alive connections this gateway process holds to the subgraph (default 64):
   * connections are reused across requests, and a burst queues instead of opening thousands of sockets.
   * Plain node-fetch on a keep-alive agent: the default fetcher (make-fetch-happen) adds an HTTP cache layer
   * that subgraph POSTs never use.
   */
  constructor(config: { name: string; url: string; internalSecret: string; maxSockets?: number }) {
    const agent = new Agent({
      keepAlive: true,
      maxSockets: config.maxSockets ?? 64,
      noDelay: true,
    } as ConstructorParameters<typeof Agent>[0]);
    super({ url: config.url, fetcher: (url, init) => fetch(url, { ...init, agent }) as never });
    this.name = config.name;
    this.internalSecret = config.internalSecret;
  }

  /** Every subgraph call carries the request id and the request's internal token naming the caller. */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!context?.caller) throw new Error('no caller in the gateway context');
    const gatewayContext = context as GatewayContext;
    let token = tokens.get(gatewayContext);
    if (!token) {
      token = signInternalToken(this.internalSecret, gatewayContext.caller, gatewayContext.requestId);
      tokens.set(gatewayContext, token);
    }
    request.http?.headers.set(REQUEST_ID_HEADER, gatewayContext.requestId);
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, await token);
  }

  /** The decisions the subgraph reports go to the request's access-log record, and no further. */
  override didReceiveResponse({ response, context }: ReceivedResponse): ReceivedResponse['response'] {
    const decisions = takeDecisions(response);
    if (decisions.length > 0) context.decisions.push(...decisions);
    return response;
  }

  /**
   * A network failure (no response at all) becomes SUBGRAPH_UNAVAILABLE naming the subgraph: the rest of the
   * response is still served, and the error carries neither the internal URL nor the socket error.
   */
  override didEncounterError(
    error: Error,
    fetchRequest: unknown,
    fetchResponse?: unknown,
    context?: GatewayContext,
  ): void {
    if (fetchResponse === undefined) {
      log.warn('subgraph unreachable', { subgraph: this.name, ...errorFields(error) });
      throw new GraphQLError(`The ${this.name} service is unavailable`, {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.name },
      });
    }
    super.didEncounterError(error, fetchRequest as never, fetchResponse as never, context as never);
  }
}
