import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../auth/caller';
import type { Readiness } from '../hub/readiness';
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { DEFAULT_REQUEST_BUDGET_MS, type Deadlines } from '../hub/config';
import {
  BUDGET_HEADER,
  createGraphQLHandler,
  IDEMPOTENCY_KEY,
  IDEMPOTENCY_KEY_HEADER,
  requestedBudgetMs,
} from '../hub/http';
import { createLogger, errorFields } from '../hub/log';
import type { Metrics } from '../hub/metrics';
import { requestLogPlugin } from '../hub/request-log.plugin';
import { staticSite } from '../hub/static-site';
import { ErrorCode, toClientError } from '../schema/errors';
import { SUPERGRAPH_PATH } from '../schema/supergraph';
import type { AccessLog } from '../policy/audit/access-log';
import type { PairwiseSubjects } from '../policy/pairwise';
import type { QuotaCounter } from '../policy/quota';
import type { RuleBook } from '../policy/rule-book';
import type { Authenticator } from './authentication';
import type { GatewayContext } from './context';
import { DEFAULT_SUBGRAPH_CALL_LIMITS, SubgraphDataSource } from './data-source';
import { explorerRoutes, type ExplorerSignOn } from './explorer';
import { createOperationAdmission, DEFAULT_OPERATION_LIMITS, type OperationLimits } from './operation-limits';
import { pairwiseArguments } from './pairwise-arguments';
import { accessLogPlugin } from './plugins/access-log';
import { pairwiseSubjectsPlugin } from './plugins/pairwise-subjects';
import { metricsPlugin } from './plugins/metrics';
import { responseCachePlugin, type ResponseCacheOptions } from './plugins/response-cache';
import { accessPrecheckPlugin, sensitiveFields } from './plugins/access-precheck';
import { variableValidationPlugin } from './plugins/variable-validation';
import { inputStatusPlugin } from './plugins/input-status';
import { attachScalars } from './scalars';
import { trustedDocuments } from './trusted-documents';

const log = createLogger('gateway');

export interface GatewayOptions {
  /** Supergraph SDL. Default: the committed `schema/supergraph.graphql`. */
  supergraphSdl?: string;
  /**
   * Subgraph URLs by name, overriding the routing URLs in the supergraph (used when the ports are chosen at run time).
   */
  subgraphUrls?: Readonly<Record<string, string>>;
  /** Production: no introspection, no field suggestions, no explorer. Stack traces never reach clients in any mode. */
  production: boolean;
  /** The query the explorer opens with. */
  explorerQuery?: string;
  /**
   * Development sign-on for the explorer (callers to pick, short-lived tokens for this machine only); ignored in
   * production, where there is no explorer.
   */
  explorerSignOn?: ExplorerSignOn;
  /** Origins whose pages may call the gateway across origins (CORS_ORIGINS). Default none. */
  corsOrigins?: readonly string[];
  /** The built web app (web/dist), served at `/` when it is there. None: no web app. */
  webRoot?: string;
  /**
   * How the web app signs in: through this OpenID provider (Authorization Code with PKCE, as this public client),
   * or, when none, with the development sign-in of this machine.
   */
  webSignIn?: { issuer: string; clientId: string; scope: string };
  /** Identifies the caller of every request; a failure is a 401. */
  authenticate: Authenticator;
  /** Secret the internal tokens to subgraphs are signed with. */
  internalSecret: string;
  /** The steward's rules: officers' purposes are checked against them before planning. */
  rules: RuleBook;
  /** Counts officers' requests and the persons their clients read against each client's quota (none: no quota). */
  quotas?: QuotaCounter;
  /** Where every decision on personal data is recorded before the response leaves. */
  accessLog: AccessLog;
  /**
   * The pairwise subject identifiers officers of a client set to PAIRWISE receive in place of NIKs, and the record
   * of those given. None: such a client is answered nothing personal (HTTP 503).
   */
  pairwise?: PairwiseSubjects;
  /** Reuse of officers' repeated answers while nothing they rest on has changed (ttl 0: none). */
  responseCache: ResponseCacheOptions;
  /** Most keep-alive connections to each subgraph. Default 64. */
  subgraphMaxSockets?: number;
  /**
   * `off` skips the access pre-check and the access log, for the benchmark's baseline only (see SubgraphServerOptions).
   * Default `enforced`.
   */
  accessControl?: 'enforced' | 'off';
  /** Bounds on one operation's size and estimated work. Default DEFAULT_OPERATION_LIMITS. */
  limits?: OperationLimits;
  /**
   * The request's budget, each subgraph call's timeout and the subgraphs' breakers. Default: 10 s, 3 s, open
   * after 5 failures in a row, a trial after 5 s.
   */
  deadlines?: Deadlines;
  /** Where requests, subgraph calls, decisions and the answer cache are counted (none: not counted). */
  metrics?: Metrics;
  /** What `/readyz` reports (the launcher knows the dependencies). */
  readiness?: Readiness;
}

export const DEFAULT_DEADLINES: Deadlines = Object.freeze({
  requestMs: DEFAULT_REQUEST_BUDGET_MS,
  subgraphMs: DEFAULT_SUBGRAPH_CALL_LIMITS.timeoutMs,
  subgraphOverridesMs: {},
  breakerFailures: DEFAULT_SUBGRAPH_CALL_LIMITS.breakerFailures,
  breakerHalfOpenMs: DEFAULT_SUBGRAPH_CALL_LIMITS.breakerHalfOpenMs,
});

/** Paths that are never the web app's: a browser's GET of /graphql shows the explorer, not the app. */
const WEB_RESERVED_PATHS = ['/graphql', '/explorer', '/healthz', '/readyz', '/metrics'];

type Routes = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean;

/** The first of these route handlers that owns a request. */
function anyOf(...handlers: (Routes | undefined)[]): Routes | undefined {
  const present = handlers.filter((handler): handler is Routes => handler !== undefined);
  if (present.length === 0) return undefined;
  return (request, response, url) => present.some((handler) => handler(request, response, url));
}

/** Creates (does not listen) the gateway: Apollo Server over @apollo/gateway, and its HTTP handler. */
export async function createGateway(options: GatewayOptions) {
  const limits = options.limits ?? DEFAULT_OPERATION_LIMITS;
  const deadlines = options.deadlines ?? DEFAULT_DEADLINES;
  // A gateway without the identifiers' key does not start (production), rather than fail each such request.
  options.pairwise?.checkKey();
  const subgraphs = new Map<string, SubgraphDataSource>();
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    // Query plans are cached by operation text (and name): one plan per distinct operation, whoever asks. The
    // access pre-check never rewrites an operation, so a cached plan is right for every caller. Apollo Server
    // likewise keeps parsed and validated documents in its default in-memory LRU (about 30 MiB).
    experimental_approximateQueryPlanStoreMiB: 30,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`Subgraph ${name} has no routing URL in the supergraph`);
      const source = new SubgraphDataSource({
        name,
        url: target,
        internalSecret: options.internalSecret,
        maxSockets: options.subgraphMaxSockets,
        metrics: options.metrics,
        limits: {
          timeoutMs: deadlines.subgraphOverridesMs[name] ?? deadlines.subgraphMs,
          breakerFailures: deadlines.breakerFailures,
          breakerHalfOpenMs: deadlines.breakerHalfOpenMs,
        },
      });
      subgraphs.set(name, source);
      return source;
    },
    logger: {
      debug: () => undefined,
      info: (m) => log.info(String(m)),
      warn: (m) => log.warn(String(m)),
      error: (m) => log.error(String(m)),
    },
  });
  options.metrics?.watchBreakers(() =>
    Object.fromEntries([...subgraphs].map(([name, source]) => [name, source.breakerState])),
  );
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((update) => {
    attachScalars(update.apiSchema);
    apiSchema = update.apiSchema;
  });
  const admitOperation = createOperationAdmission(() => apiSchema, limits);

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    // Stated rather than left to defaults: one operation per HTTP request, CSRF prevention on.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Operations are registered by stewards (trusted documents, below), never by whoever sends one first.
    persistedQueries: false,
    parseOptions: { maxTokens: limits.maxTokens },
    // One error is enough to correct a document; a long list of them is work an attacker asks for.
    validationOptions: { maxErrors: 5 },
    // The process owns shutdown (app/main.ts); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ...(options.metrics ? [metricsPlugin(options.metrics)] : []),
      variableValidationPlugin(),
      inputStatusPlugin(),
      ...(options.accessControl === 'off'
        ? []
        : [
            accessPrecheckPlugin(sensitiveFields(supergraphSdl), options.rules, options.quotas),
            responseCachePlugin({ ...options.responseCache, metrics: options.metrics }),
            accessLogPlugin(options.accessLog),
            pairwiseSubjectsPlugin({ rules: options.rules, pairwise: options.pairwise }),
          ]),
      requestLogPlugin(log),
      // The explorer is served by explorerRoutes below; Apollo's own landing page needs a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // Subgraphs send no cache hints; the answer cache is the hub's own (plugins/response-cache.ts).
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: (formatted, error) => {
      const result = toClientError(formatted, error);
      if (result.masked)
        log.error('error masked', {
          ...errorFields((error as { originalError?: unknown }).originalError ?? error),
          code: formatted.extensions?.code,
        });
      return result.error;
    },
  });
  await apollo.start();
  // Each request is authenticated once: before its operation is resolved (trusted documents), and for its context.
  const callers = new WeakMap<IncomingMessage, Promise<Caller>>();
  const callerOf = (request: IncomingMessage): Promise<Caller> => {
    let caller = callers.get(request);
    if (!caller) {
      caller = options.authenticate(request);
      callers.set(request, caller);
    }
    return caller;
  };
  const resolveDocument = trustedDocuments(options.rules);
  const translateSubjects = pairwiseArguments({
    schema: () => apiSchema,
    rules: options.rules,
    pairwise: options.pairwise,
    maxTokens: limits.maxTokens,
  });
  const handler = createGraphQLHandler<GatewayContext>({
    apollo,
    // The registered operation first (its text is what was registered), then the client's identifiers to NIKs.
    prepare: async (request, graphql) => {
      const caller = await callerOf(request).catch(() => undefined);
      const resolved = await resolveDocument(caller, graphql);
      return 'errors' in resolved ? resolved : translateSubjects(caller, resolved);
    },
    context: async (request, requestId) => {
      // The budget runs from the request's arrival; a caller may ask for less, never for more.
      const budgetMs = Math.min(deadlines.requestMs, requestedBudgetMs(request.headers[BUDGET_HEADER]) ?? Infinity);
      const deadline = Date.now() + budgetMs;
      const caller = await callerOf(request);
      const key = request.headers[IDEMPOTENCY_KEY_HEADER];
      const idempotencyKey = Array.isArray(key) ? key[0] : key;
      if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey))
        throw new GraphQLError('Idempotency-Key must be 8 to 128 letters, digits or . _ : - (a UUID fits)', {
          extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
        });
      return { requestId, caller, decisions: [], deadline, idempotencyKey };
    },
    admit: (request) => {
      const refused = admitOperation(request);
      if (refused) log.info('operation refused', { status: refused.status, limit: refused.errors[0].extensions.limit });
      return refused;
    },
    routes: anyOf(
      options.production
        ? undefined
        : explorerRoutes({ defaultQuery: options.explorerQuery, signOn: options.explorerSignOn }),
      options.webRoot
        ? staticSite(options.webRoot, WEB_RESERVED_PATHS, {
            config: { signIn: options.webSignIn ? { kind: 'oidc', ...options.webSignIn } : { kind: 'development' } },
            connectSources: options.webSignIn ? [new URL(options.webSignIn.issuer).origin] : [],
          })
        : undefined,
    ),
    readiness: options.readiness,
    corsOrigins: options.corsOrigins,
  });
  return { apollo, handler, subgraphs, stop: () => apollo.stop() };
}
