import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { AuthError, type Caller } from '../auth/caller';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../auth/internal-token';
import { createAccessLog, type AccessLog } from '../policy/audit/access-log';
import { createEpochs, type Epochs } from '../policy/epochs';
import { reportDecisionsPlugin } from '../policy/audit/decision-report';
import { loadCheckpointSigner } from '../policy/audit/signer';
import { createRequestPolicy, type RequestPolicy } from '../policy/request-policy';
import { createRuleBook, type RuleBook } from '../policy/rule-book';
import { withPolicy, type PolicyOptions } from '../policy/shield';
import { toClientError, unauthenticatedError } from '../schema/errors';
import { readConfig, type HubConfig } from './config';
import { BATCHED, type LoaderOptions } from './loader-options';
import { GraphClient } from './graph-client';
import { createGraphQLHandler, listen } from './http';
import { createLogger, errorFields, setLogLevel } from './log';
import { openChangeFeed, type ChangeFeed, type ChangeNotice } from './change-feed';
import { openKeyValue } from './kv';
import { openPubSub } from './pubsub';
import { requestLogPlugin } from './request-log.plugin';

/** What every subgraph's per-request context holds: a forked EntityManager and that request's loaders. */
export interface SubgraphContext<Loaders> {
  readonly requestId: string;
  readonly em: EntityManager;
  readonly loaders: Loaders;
  /** The caller the gateway vouched for in its internal token. */
  readonly caller: Caller;
  /** The federated graph, for a subgraph that needs other agencies' data (through the gateway, as this caller). */
  readonly graph: GraphClient;
  /** This request's policy lookups: the caller's access under the steward's rules, consent grants. */
  readonly policy: RequestPolicy;
  /** The steward's rules, shared by the process (the consent subgraph announces changes through it). */
  readonly rules: RuleBook;
  /** The access log (the consent subgraph writes consent and steward events into it, in their transactions). */
  readonly accessLog: AccessLog;
  /** Change counters that keep cached answers honest (the consent subgraph bumps them). */
  readonly epochs: Epochs;
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
  ormConfig(databaseUrl: string, options?: { poolMax?: number }): Options;
  createLoaders(em: EntityManager, options?: LoaderOptions): Loaders;
  /** What this subgraph adds to the access map built from its `@sensitive` scopes (policy/shield.ts). */
  policy?: PolicyOptions;
  /**
   * What this subgraph keeps up to date from the population change feed, as one consumer group: `handle` gets
   * the notices, or `all` once at start, to catch up with changes made while it was not listening.
   */
  changes?: { group: string; handle(orm: MikroORM, notices: readonly ChangeNotice[] | 'all', epochs: Epochs): Promise<void> };
}

/** Starts the subgraph's change-feed consumer, if it has one, after catching up; returns how to stop it. */
export async function consumeChanges(definition: SubgraphDefinition<any>, services: { orm: MikroORM; feed: ChangeFeed; epochs: Epochs }): Promise<() => Promise<void>> {
  const { changes } = definition;
  if (!changes) return async () => undefined;
  const stop = await services.feed.consume(changes.group, (notices) => changes.handle(services.orm, notices, services.epochs));
  await changes.handle(services.orm, 'all', services.epochs).catch((error: unknown) =>
    createLogger(definition.name).error('could not catch up with the change feed', errorFields(error)));
  return stop;
}

/** Creates (does not listen) a subgraph's Apollo Server and HTTP handler over an initialised ORM. */
export interface SubgraphServerOptions {
  orm: MikroORM;
  production: boolean;
  /** The gateway's GraphQL URL (read per call: in one process the gateway starts after the subgraphs). */
  gatewayUrl: () => string;
  /** Secret the gateway's internal tokens are verified with. */
  internalSecret: string;
  /** The steward's rules, consulted for every officer request. */
  rules: RuleBook;
  accessLog: AccessLog;
  epochs: Epochs;
  /**
   * `enforced` (the default, and the only mode any configuration can select): every field passes the access
   * map. `off` serves the schema without it, for the benchmark's baseline only (bench/), which measures what
   * enforcement costs.
   */
  accessControl?: 'enforced' | 'off';
  /** How the per-request loaders load: BATCHED (the default); NAIVE only for the benchmark's comparison (S3). */
  loaders?: LoaderOptions;
}

export async function createSubgraphServer<Loaders>(definition: SubgraphDefinition<Loaders>, options: SubgraphServerOptions) {
  const log = createLogger(definition.name);
  const schema = await definition.buildSchema();
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    // Every personal field passes the access map built from its @sensitive scope (policy/shield.ts).
    schema: options.accessControl === 'off' ? schema : withPolicy(schema, definition.policy),
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown; Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    // Nothing consumes inline traces here, and they cost CPU on every request.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), requestLogPlugin(log), reportDecisionsPlugin()],
    formatError: (formatted, error) => {
      const result = toClientError(formatted, error);
      if (result.masked) log.error('resolver error masked', errorFields((error as { originalError?: unknown }).originalError ?? error));
      return result.error;
    },
  });
  await apollo.start();
  const handler = createGraphQLHandler<SubgraphContext<Loaders>>({
    apollo,
    // Subgraphs trust only the gateway: no valid internal token, no answer (401), `_entities` included.
    context: async (request, requestId) => {
      const header = request.headers[INTERNAL_TOKEN_HEADER];
      const internalToken = Array.isArray(header) ? header[0] : header;
      let caller: Caller;
      try {
        caller = await verifyInternalToken(options.internalSecret, internalToken);
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        throw unauthenticatedError(error.reason);
      }
      const em = options.orm.em.fork() as EntityManager;
      const graph = new GraphClient(options.gatewayUrl, { requestId, internalToken: internalToken! });
      return { requestId, em, loaders: definition.createLoaders(em, options.loaders ?? BATCHED), caller, graph, policy: createRequestPolicy(caller, options.rules, em.getKnex()), rules: options.rules, accessLog: options.accessLog, epochs: options.epochs };
    },
  });
  return { apollo, handler };
}

/**
 * Opens what one subgraph needs as its own process, from the configuration: its ORM, the rule book, the access
 * log and its server (not listening yet). Needs DATABASE_URL and HUB_INTERNAL_SECRET; REDIS_URL to hear of rule
 * changes made in other processes and to share the change counters with the gateways; reaches the graph at
 * GATEWAY_URL.
 */
export async function openSubgraphProcess(definition: SubgraphDefinition<any>, config: HubConfig, overrides: Pick<SubgraphServerOptions, 'accessControl' | 'loaders'> = {}) {
  if (!config.databaseUrl) throw new Error(`DATABASE_URL is required to run the ${definition.name} subgraph on its own`);
  if (!process.env.HUB_INTERNAL_SECRET) throw new Error('HUB_INTERNAL_SECRET is required to run a subgraph on its own (the gateway must share it)');
  const orm = await MikroORM.init(definition.ormConfig(config.databaseUrl, { poolMax: config.databasePoolMax }));
  const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
  const pubsub = await openPubSub(config.redisUrl);
  const rules = await createRuleBook({ databaseUrl: config.databaseUrl, pubsub, maxAgeMs: config.rulesMaxAgeMs });
  const accessLog = createAccessLog({ databaseUrl: config.databaseUrl, signer: loadCheckpointSigner(config.audit.keyFile, { create: config.audit.createKey }) });
  const kv = await openKeyValue(config.redisUrl);
  const epochs = createEpochs(kv);
  const feed = await openChangeFeed(config.redisUrl);
  const server = await createSubgraphServer(definition, {
    orm, production: config.production, gatewayUrl: () => gatewayUrl, internalSecret: config.internalSecret, rules, accessLog, epochs, ...overrides,
  });
  const stopConsuming = await consumeChanges(definition, { orm, feed, epochs });
  return {
    handler: server.handler,
    orm,
    close: async () => {
      await stopConsuming();
      await server.apollo.stop();
      await Promise.all([rules.close(), accessLog.close(), orm.close(true)]);
      await Promise.all([pubsub.close(), kv.close(), feed.close()]);
    },
  };
}

/**
 * Runs one subgraph as its own process, for deployments that run each agency separately (see
 * openSubgraphProcess); listens on `<NAME>_PORT` or the definition's default port. `npm start` runs every
 * subgraph in one process instead (hub/start.ts).
 */
export function runSubgraph(definition: SubgraphDefinition<any>): void {
  const log = createLogger(definition.name);
  (async () => {
    const config = readConfig();
    setLogLevel(config.logLevel);
    const { handler } = await openSubgraphProcess(definition, config);
    const port = Number(process.env[`${definition.name.toUpperCase()}_PORT`] ?? definition.defaultPort);
    const http = await listen(handler, config.host, port);
    log.info('subgraph listening', { url: http.url });
  })().catch((error: unknown) => {
    log.error('start failed', errorFields(error));
    process.exit(1);
  });
}
