import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { MikroORM, type EntityManager, type Knex, type Options } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { AuthError, type Caller } from '../../auth/caller';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../../auth/internal-token';
import type { ChangeFeed, ChangeNotice } from '../../hub/change-feed';
import { DEFAULT_REQUEST_BUDGET_MS, type HubConfig } from '../../hub/config';
import {
  BUDGET_HEADER,
  createGraphQLHandler,
  IDEMPOTENCY_KEY,
  IDEMPOTENCY_KEY_HEADER,
  requestedBudgetMs,
} from '../../hub/http';
import { createLogger, errorFields } from '../../hub/log';
import { readAlone, type PoolOptions } from '../../hub/orm';
import type { Readiness } from '../../hub/readiness';
import { claimKey, idempotencyPlugin, type Idempotency } from './idempotency';
import { requestLogPlugin } from '../../hub/request-log.plugin';
import type { AccessLog } from '../../policy/audit/access-log';
import { reportDecisionsPlugin } from '../../policy/audit/decision-report';
import type { PolicyContext } from '../../policy/context';
import type { Epochs } from '../../policy/epochs';
import { createRequestPolicy } from '../../policy/request-policy';
import type { RuleBook } from '../../policy/rule-book';
import { withPolicy, type PolicyOptions } from '../../policy/shield';
import { toClientError, unauthenticatedError } from '../../schema/errors';
import { GraphClient } from './graph-client';
import { BATCHED, type LoaderOptions } from './loader-options';

/**
 * What every subgraph's per-request context holds: a forked EntityManager and that request's loaders, and what
 * the policy needs (PolicyContext: the caller the gateway vouched for, this request's policy lookups).
 */
export interface SubgraphContext<Loaders> extends PolicyContext {
  readonly requestId: string;
  readonly em: EntityManager;
  readonly loaders: Loaders;
  /** The federated graph, for a subgraph that needs other agencies' data (through the gateway, as this caller). */
  readonly graph: GraphClient;
  /** The steward's rules, shared by the process (the consent subgraph announces changes through it). */
  readonly rules: RuleBook;
  /** The access log (the consent subgraph writes consent and steward events into it, in their transactions). */
  readonly accessLog: AccessLog;
  /** Change counters that keep cached answers honest (the consent subgraph bumps them). */
  readonly epochs: Epochs;
  /** The population change feed, told of the population changes a mutation records (after its commit). */
  readonly feed: ChangeFeed;
  /** A keyed mutation's claim on its Idempotency-Key (subgraphs with `keyedMutations`). */
  readonly idempotency?: Idempotency;
  readonly idempotencyKey?: string;
  /**
   * Runs `work` (a notice outside the database: change counters, rule changes) once the request's changes are
   * committed: at once, or for a keyed mutation, whose one transaction commits as its answer is sent, then. It
   * never runs while the transaction holds its locks (the access log's head among them).
   */
  afterCommit(work: () => Promise<void>): Promise<void>;
  /** What a keyed mutation runs once committed (host/idempotency.ts). */
  readonly committed: (() => Promise<void>)[];
}

/**
 * A subgraph as the hub sees it: its rover.yaml name, how to build its schema (no I/O), its MikroORM
 * configuration, and how to make a request's loaders. Each subgraph folder exports one (`subgraph.ts`).
 */
export interface SubgraphDefinition<Loaders = unknown> {
  readonly name: string;
  /** Port of the subgraph's own process, as in rover.yaml's routing URL. */
  readonly defaultPort: number;
  buildSchema(): Promise<GraphQLSchema>;
  ormConfig(databaseUrl: string, options?: PoolOptions): Options;
  /** A request's loaders; `config` is the process's, for what they need besides the database. */
  createLoaders(em: EntityManager, options: LoaderOptions, config: HubConfig): Loaders;
  /**
   * Its mutations take an Idempotency-Key: the first answer is kept with the change, in its transaction, for
   * 24 h (its schema, named as the subgraph, has the `idempotent_request` table of host/idempotency.ts).
   */
  keyedMutations?: boolean;
  /** What this subgraph adds to the access map built from its `@sensitive` scopes (policy/shield.ts). */
  policy?: PolicyOptions;
  /**
   * Work the subgraph's process does besides answering requests (the services subgraph's notifier), from the
   * server's start to its stop: started with the process's ORM and configuration, it returns how to stop it.
   */
  background?(orm: MikroORM, config: HubConfig): () => Promise<void>;
  /**
   * What this subgraph keeps up to date from the population change feed, as one consumer group: `handle` gets
   * the notices, or `all` once at start, to catch up with changes made while it was not listening.
   */
  changes?: {
    group: string;
    handle(orm: MikroORM, notices: readonly ChangeNotice[] | 'all', epochs: Epochs): Promise<void>;
  };
}

/** Starts the subgraph's change-feed consumer, if it has one, after catching up; returns how to stop it. */
export async function consumeChanges(
  definition: SubgraphDefinition,
  services: { orm: MikroORM; feed: ChangeFeed; epochs: Epochs },
): Promise<() => Promise<void>> {
  const { changes } = definition;
  if (!changes) return async () => undefined;
  const stop = await services.feed.consume(changes.group, (notices) =>
    changes.handle(services.orm, notices, services.epochs),
  );
  await changes
    .handle(services.orm, 'all', services.epochs)
    .catch((error: unknown) =>
      createLogger(definition.name).error('could not catch up with the change feed', errorFields(error)),
    );
  return stop;
}

export interface SubgraphServerOptions {
  orm: MikroORM;
  /** What `/readyz` reports, when the subgraph runs as its own process (the launcher knows the dependencies). */
  readiness?: Readiness;
  /** The process's configuration: `production`, the internal tokens' secret, what loaders need. */
  config: HubConfig;
  /** The gateway's GraphQL URL (read per call: in one process the gateway starts after the subgraphs). */
  gatewayUrl: () => string;
  /** The steward's rules, consulted for every officer request. */
  rules: RuleBook;
  accessLog: AccessLog;
  epochs: Epochs;
  /** The population change feed (the population subgraph tells it of the address changes it records). */
  feed: ChangeFeed;
  /**
   * `enforced` (the default, and the only mode any configuration can select): every field passes the access
   * map. `off` serves the schema without it, for the benchmark's baseline only (bench/), which measures what
   * enforcement costs.
   */
  accessControl?: 'enforced' | 'off';
  /**
   * `false` ignores Idempotency-Key: a keyed mutation holds its transaction's connection for the whole request
   * while its lookups take another, which a one-connection database (the embedded one) can never give.
   * Default true.
   */
  keyedMutations?: boolean;
  /** How the per-request loaders load: BATCHED (the default); NAIVE only for the benchmark's comparison (S3). */
  loaders?: LoaderOptions;
}

/** Creates (does not listen) a subgraph's Apollo Server and HTTP handler over an initialised ORM. */
export async function createSubgraphServer<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  options: SubgraphServerOptions,
) {
  const log = createLogger(definition.name);
  const schema = await definition.buildSchema();
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    // Every personal field passes the access map built from its @sensitive scope (policy/shield.ts).
    schema: options.accessControl === 'off' ? schema : withPolicy(schema, definition.policy),
    introspection: !options.config.production,
    hideSchemaDetailsFromClientErrors: options.config.production,
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown; Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    // Nothing consumes inline traces or cache hints here (the gateway's answer cache is its own), and they cost
    // CPU on every request and every field.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin(log, { quiet: true }),
      reportDecisionsPlugin(),
      ...(definition.background ? [backgroundPlugin(() => definition.background!(options.orm, options.config))] : []),
      // Last: it keeps the answer as the client gets it, decisions included.
      ...(definition.keyedMutations
        ? [idempotencyPlugin<SubgraphContext<Loaders>>(definition.name, options.orm.em)]
        : []),
    ],
    formatError: (formatted, error) => {
      const result = toClientError(formatted, error);
      if (result.masked)
        log.error('resolver error masked', errorFields((error as { originalError?: unknown }).originalError ?? error));
      return result.error;
    },
  });
  await apollo.start();
  const handler = createGraphQLHandler<SubgraphContext<Loaders>>({
    apollo,
    readiness: options.readiness,
    // Subgraphs trust only the gateway: no valid internal token, no answer (401), `_entities` included.
    context: async (request, requestId, body) => {
      const header = request.headers[INTERNAL_TOKEN_HEADER];
      const internalToken = Array.isArray(header) ? header[0] : header;
      let caller: Caller;
      try {
        caller = await verifyInternalToken(options.config.internalSecret, internalToken);
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        throw unauthenticatedError(error.reason);
      }
      // The gateway says how long it waits for this answer; a request that reads the graph itself stays within it.
      const deadline = Date.now() + (requestedBudgetMs(request.headers[BUDGET_HEADER]) ?? DEFAULT_REQUEST_BUDGET_MS);
      const em = options.orm.em.fork() as EntityManager;
      if (options.loaders?.batch === false) readAlone(em);
      const graph = new GraphClient(options.gatewayUrl, { requestId, internalToken: internalToken!, deadline });
      const idempotencyKey = headerValue(request.headers[IDEMPOTENCY_KEY_HEADER]);
      const keyed =
        options.keyedMutations !== false &&
        definition.keyedMutations &&
        idempotencyKey &&
        IDEMPOTENCY_KEY.test(idempotencyKey) &&
        isMutation(body);
      const idempotency = keyed
        ? await claimKey(em, definition.name, caller, idempotencyKey, JSON.stringify(body))
        : undefined;
      const committed: (() => Promise<void>)[] = [];
      return {
        requestId,
        idempotency,
        committed,
        afterCommit: async (work: () => Promise<void>) => {
          if (idempotency?.kind === 'fresh') committed.push(work);
          else await work();
        },
        idempotencyKey: keyed ? idempotencyKey : undefined,
        em,
        loaders: definition.createLoaders(em, options.loaders ?? BATCHED, options.config),
        caller,
        graph,
        // A keyed mutation holds its transaction's connection for the whole request: its consent lookups run on
        // it too, so requests beyond the pool's size never each hold one connection while waiting for a second.
        policy: createRequestPolicy(
          caller,
          options.rules,
          idempotency?.kind === 'fresh' ? (em.getTransactionContext() as Knex) : em.getKnex(),
        ),
        rules: options.rules,
        accessLog: options.accessLog,
        epochs: options.epochs,
        feed: options.feed,
      };
    },
  });
  return { apollo, handler };
}

/** Runs a subgraph's background work from its server's start to its stop. */
function backgroundPlugin(start: () => () => Promise<void>): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const stop = start();
      return { serverWillStop: stop };
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Whether a subgraph request (as the gateway plans it) is a mutation. */
function isMutation(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && /^\s*mutation\b/.test(query);
}
