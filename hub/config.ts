import { parseSmtpUrl } from './mail';
import { createHash, randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { sentinelTarget } from './redis-sentinel';

/**
 * Process configuration, read once from the environment, validated and frozen.
 * Every variable is documented in `.env.example` and the README.
 */
export interface HubConfig {
  /** `production` turns off introspection, field suggestions, stack traces and the explorer. */
  readonly production: boolean;
  /** Interface the gateway listens on. Default `127.0.0.1`. */
  readonly host: string;
  /** Gateway port. Default 4000; 0 picks a free port. */
  readonly port: number;
  /** A PostgreSQL connection string; when absent the hub runs on embedded PostgreSQL (PGlite). */
  readonly databaseUrl: string | undefined;
  /**
   * PostgreSQL streaming replicas of `databaseUrl` (DATABASE_REPLICA_URLS, comma-separated). A subgraph process
   * reads the agencies' records of a profile from them; consent, rules, the access log and every write stay on
   * the primary. Default none: everything on `databaseUrl`.
   */
  readonly databaseReplicaUrls: readonly string[];
  /** Where the embedded database keeps its files. Default `.data/pglite` in the working directory. */
  readonly dataDir: string;
  /** Citizens generated when the database has none. Default 10,000; 0 disables seeding. */
  readonly seedCitizens: number;
  /** Seed for the synthetic population, so every fresh install has the same sample NIKs. */
  readonly seed: string;
  /** Minimum log level written to stdout. */
  readonly logLevel: LogLevel;
  /** Who issues the bearer tokens the gateway accepts. */
  readonly authentication: Authentication;
  /**
   * Secret the gateway signs internal tokens with and subgraphs verify (HUB_INTERNAL_SECRET; random per process if
   * unset).
   */
  readonly internalSecret: string;
  /** Whether HUB_INTERNAL_SECRET was set: parts run as separate processes need the one secret they share. */
  readonly internalSecretShared: boolean;
  /** Where a subgraph run on its own reads the graph (GATEWAY_URL). Default `http://127.0.0.1:4000/graphql`. */
  readonly gatewayUrl: string;
  /** Ports of subgraphs run on their own, by subgraph name, from `<NAME>_PORT` (e.g. POPULATION_PORT). */
  readonly subgraphPorts: Readonly<Record<string, number>>;
  /**
   * Where the gateway reaches a subgraph, by subgraph name, from `<NAME>_ROUTING_URL` (e.g. POPULATION_ROUTING_URL
   * in a container, `http://population:4001/graphql`), in place of the routing URL composed into the supergraph.
   */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /**
   * Redis for notifications between processes (rule changes), caches and counters (REDIS_URL); unset: in-process
   * only. A `redis://` or `rediss://` server, or the master a set of Sentinels names,
   * `redis-sentinel://[[user]:password@]host:port[,host:port...]/master-name[?db=N]`: the hub asks them for the
   * master before each connection and follows a failover.
   */
  readonly redisUrl: string | undefined;
  /**
   * What every Redis key and channel of this deployment starts with (REDIS_PREFIX), so that deployments sharing
   * one Redis never read each other's cached answers, counters or notices. Default: `c360:` and a hash of the
   * database's identity (host, port and name; the data directory when embedded), so two hubs on two databases
   * are apart, and the processes of one hub together, with no setting at all.
   */
  readonly redisPrefix: string;
  /**
   * Longest wait for one Redis call (REDIS_TIMEOUT_MS). Default 500. Redis is a helper: a call not answered in
   * time fails, and the hub goes on without it (no answer reuse, quotas counted in the process).
   */
  readonly redisTimeoutMs: number;
  /** Longest cached steward rules are used without hearing of a change. Default 60 s. */
  readonly rulesMaxAgeMs: number;
  /** The access log's checkpoint-signing key and the verifier's record of what it verified last. */
  readonly audit: AuditConfig;
  /** The supergraph the gateway serves (SUPERGRAPH_FILE). Default: the committed schema/supergraph.graphql. */
  readonly supergraphFile: string;
  /** Gateway processes when the gateway runs on its own (GATEWAY_WORKERS). Default: one per CPU core. */
  readonly gatewayWorkers: number;
  /** Most open connections from a gateway process to one subgraph (SUBGRAPH_MAX_SOCKETS). Default 64. */
  readonly subgraphMaxSockets: number;
  /** Most database connections a subgraph process holds for its queries (DATABASE_POOL_MAX). Default 10. */
  readonly databasePoolMax: number;
  /**
   * PostgreSQL's own limits on every session that serves requests (DATABASE_STATEMENT_TIMEOUT_MS, default
   * 10,000; DATABASE_LOCK_TIMEOUT_MS, default 2,000, under the subgraph timeout;
   * DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS, default 30,000; 0 turns one off): a stalled or locked database
   * answers 503 DATABASE_TIMEOUT, never a hang. Loads, imports, migrations and the planners' projection run
   * without them.
   */
  readonly databaseTimeouts: DatabaseTimeouts;
  /**
   * Where Prometheus scrapes `/metrics` (METRICS_PORT, on HOST; 0 picks a free port). Unset: no metrics port.
   * A port of its own, so the metrics are never served where clients call the graph.
   */
  readonly metricsPort: number | undefined;
  /** How long a request may take at the gateway, and each subgraph call within it; when a subgraph is let rest. */
  readonly deadlines: Deadlines;
  /**
   * How long a stopping hub (SIGTERM, SIGINT) lets the requests in flight finish before it cuts them
   * (SHUTDOWN_GRACE_SECONDS). Default 15.
   */
  readonly shutdownGraceMs: number;
  /** How long officers' repeated answers may be reused (RESPONSE_CACHE_TTL_SECONDS). Default 0: no reuse. */
  readonly responseCacheTtlSeconds: number;
  /** The planners' pseudonymisation key (INSIGHTS_KEY_FILE). Created on first use outside production. */
  readonly insightsKeyFile: string;
  /**
   * The key of the pairwise subject identifiers clients set to PAIRWISE receive in place of NIKs
   * (PAIRWISE_KEY_FILE). Read by the gateway only. Created on first use outside production (mode 600); must exist
   * in production. Default `.data/pairwise.key`.
   */
  readonly pairwiseKeyFile: string;
  /**
   * Operation limits changed from their defaults (OPERATION_LIMITS, e.g. `maxCost=20000,maxDepth=14`); the
   * gateway knows their names (gateway/operation-limits.ts).
   */
  readonly operationLimits: Readonly<Record<string, number>>;
  /**
   * Browser origins whose pages may call the gateway across origins (CORS_ORIGINS, exact origins such as
   * `https://app.example.go.id`, comma-separated). Default none: only same-origin pages and non-browser clients.
   */
  readonly corsOrigins: readonly string[];
  /** How notifications are e-mailed (the services subgraph). */
  readonly mail: MailConfig;
}

export interface MailConfig {
  /** The SMTP relay (SMTP_URL, smtp:// or smtps://). Unset: notifications stay in the inbox, not e-mailed. */
  readonly smtpUrl?: string;
  /** The sender (MAIL_FROM), `address` or `Name <address>`. */
  readonly from: string;
  /** The hub's public base URL (PUBLIC_URL), for the one link an e-mail carries. Default http://localhost:PORT. */
  readonly publicUrl: string;
  /** The wait after an e-mail's first failure (MAIL_RETRY_SECONDS, default 60), doubling with each failure after. */
  readonly retryBaseMs: number;
}

export interface AuditConfig {
  /**
   * Ed25519 private key (PKCS#8 PEM), AUDIT_KEY_FILE. Created on first use outside production; must exist in
   * production.
   */
  readonly keyFile: string;
  readonly createKey: boolean;
  /** Where `npm run audit:verify` keeps the last checkpoint it verified (AUDIT_WITNESS_FILE), to detect a rollback. */
  readonly witnessFile: string;
}

/**
 * `oidc`: a real identity provider (a Keycloak realm in production): tokens verified against its JWKS.
 * `dev`: the development issuer, whose key lives in a file shared with `npm run token`; never in production.
 */
export type Authentication =
  | {
      readonly kind: 'oidc';
      readonly issuer: string;
      readonly audience: string;
      readonly jwksUrl: string;
      readonly algorithms: readonly string[];
      /** The web app's public client at the issuer (Authorization Code with PKCE), and the scopes it asks for. */
      readonly webClientId: string;
      readonly webScope: string;
    }
  | { readonly kind: 'dev'; readonly audience: string; readonly keyFile: string };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

function limitOverrides(text: string | undefined): Readonly<Record<string, number>> {
  const overrides: Record<string, number> = {};
  for (const item of (text ?? '').split(',').map((part) => part.trim())) {
    if (!item) continue;
    const match = /^(max[A-Z][A-Za-z]*)=([0-9]{1,12})$/.exec(item);
    if (!match || Number(match[2]) < 1)
      throw new ConfigError('OPERATION_LIMITS', 'must list name=value pairs such as maxCost=20000,maxDepth=14');
    overrides[match[1]] = Number(match[2]);
  }
  return Object.freeze(overrides);
}

/**
 * CORS_ORIGINS: each an origin exactly as a browser sends it (`scheme://host[:port]`, lower case, no path, no
 * default port), so that comparing it with the Origin header is a plain string match. A wildcard would let any
 * page read what its visitor's token may read: refused.
 */
function corsOrigins(text: string | undefined): readonly string[] {
  const origins: string[] = [];
  for (const item of (text ?? '').split(',').map((part) => part.trim())) {
    if (!item) continue;
    if (item.includes('*'))
      throw new ConfigError('CORS_ORIGINS', 'must list exact origins: a wildcard (*) would let any site call the hub');
    let origin: string | undefined;
    try {
      const url = new URL(item);
      if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
    } catch {
      origin = undefined;
    }
    if (origin !== item)
      throw new ConfigError(
        'CORS_ORIGINS',
        'must list origins as scheme://host[:port] (http or https, lower case, no path, no default port), ' +
          'comma-separated, e.g. https://app.example.go.id',
      );
    if (!origins.includes(origin)) origins.push(origin);
  }
  return Object.freeze(origins);
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[0-9]+$/.test(raw) || Number(raw) > max)
    throw new ConfigError(name, `must be a whole number from 0 to ${max}`);
  return Number(raw);
}

/** `c360:` and a short hash of where the data lives: the same for every process of one deployment. */
function deploymentPrefix(databaseUrl: string | undefined, dataDir: string): string {
  let identity = `embedded:${dataDir}`;
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    identity = `postgres:${url.hostname}:${url.port || '5432'}${url.pathname}`;
  }
  return `c360:${createHash('sha256').update(identity).digest('hex').slice(0, 12)}:`;
}

/** PostgreSQL session limits, in milliseconds (0: none). */
export interface DatabaseTimeouts {
  readonly statementMs: number;
  readonly lockMs: number;
  readonly idleInTransactionMs: number;
}

/** A request's budget when nothing sets another (REQUEST_BUDGET_MS). */
export const DEFAULT_REQUEST_BUDGET_MS = 10_000;

export interface Deadlines {
  /**
   * One request's budget at the gateway, subgraph calls included (REQUEST_BUDGET_MS). Default 10,000. A caller
   * may ask for less with the `x-request-budget-ms` header, never for more.
   */
  readonly requestMs: number;
  /** Longest wait for one subgraph call (SUBGRAPH_TIMEOUT_MS). Default 3,000. */
  readonly subgraphMs: number;
  /** The same for one subgraph, by name, from `<NAME>_TIMEOUT_MS` (e.g. TAX_TIMEOUT_MS=5000). */
  readonly subgraphOverridesMs: Readonly<Record<string, number>>;
  /**
   * Failed calls in a row (no answer, too late, or a 5xx) after which a subgraph is not called for a while and
   * its fields answer SUBGRAPH_UNAVAILABLE at once (SUBGRAPH_BREAKER_FAILURES). Default 5.
   */
  readonly breakerFailures: number;
  /** How long a subgraph rests before one trial call (SUBGRAPH_BREAKER_HALF_OPEN_MS). Default 5,000. */
  readonly breakerHalfOpenMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// connection string');
  }
  const databaseReplicaUrls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (databaseReplicaUrls.some((url) => !/^postgres(ql)?:\/\//.test(url)))
    throw new ConfigError('DATABASE_REPLICA_URLS', 'must be postgres:// or postgresql:// URLs, comma-separated');
  if (databaseReplicaUrls.length > 0 && databaseUrl === undefined)
    throw new ConfigError('DATABASE_REPLICA_URLS', 'needs DATABASE_URL, the primary they replicate');
  const audience = env.OIDC_AUDIENCE || 'citizen360';
  let authentication: Authentication;
  if (env.OIDC_ISSUER) {
    if (!env.OIDC_JWKS_URL || !/^https?:\/\//.test(env.OIDC_JWKS_URL))
      throw new ConfigError('OIDC_JWKS_URL', "must be the http(s) URL of the issuer's JWKS when OIDC_ISSUER is set");
    const algorithms = (env.OIDC_ALGORITHMS || 'RS256,ES256').split(',').map((a) => a.trim());
    if (algorithms.some((a) => !/^(RS|PS|ES)(256|384|512)$|^EdDSA$/.test(a)))
      throw new ConfigError('OIDC_ALGORITHMS', 'must list asymmetric JWS algorithms such as RS256,ES256');
    authentication = Object.freeze({
      kind: 'oidc',
      issuer: env.OIDC_ISSUER,
      audience,
      jwksUrl: env.OIDC_JWKS_URL,
      algorithms: Object.freeze(algorithms),
      webClientId: env.WEB_OIDC_CLIENT_ID || 'citizen360-web',
      webScope: env.WEB_OIDC_SCOPE || 'openid',
    });
  } else if (env.NODE_ENV === 'production') {
    throw new ConfigError('OIDC_ISSUER', 'is required in production (the development issuer is off there)');
  } else {
    authentication = Object.freeze({
      kind: 'dev',
      audience,
      keyFile: resolve(env.DEV_ISSUER_KEY_FILE || '.data/dev-issuer.jwk'),
    });
  }
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^(rediss?|redis-sentinel):\/\//.test(redisUrl))
    throw new ConfigError('REDIS_URL', 'must be a redis://, rediss:// or redis-sentinel:// URL');
  try {
    if (redisUrl !== undefined) sentinelTarget(redisUrl);
  } catch (error) {
    throw new ConfigError('REDIS_URL', (error as Error).message);
  }
  const redisPrefix = env.REDIS_PREFIX || deploymentPrefix(databaseUrl, resolve(env.DATA_DIR || '.data/pglite'));
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(redisPrefix))
    throw new ConfigError('REDIS_PREFIX', 'must be 1 to 64 letters, digits, or _ . : -');
  const internalSecret = env.HUB_INTERNAL_SECRET || randomBytes(32).toString('base64url');
  const gatewayUrl = env.GATEWAY_URL || 'http://127.0.0.1:4000/graphql';
  if (!/^https?:\/\//.test(gatewayUrl)) throw new ConfigError('GATEWAY_URL', 'must be an http(s) URL');
  const subgraphPorts: Record<string, number> = {};
  const subgraphTimeouts: Record<string, number> = {};
  const subgraphUrls: Record<string, string> = {};
  for (const name of Object.keys(env)) {
    const routed = /^([A-Z][A-Z0-9]*)_ROUTING_URL$/.exec(name)?.[1];
    if (routed) {
      if (!/^https?:\/\/[^\s"]+$/.test(env[name] ?? ''))
        throw new ConfigError(name, "must be the http(s) URL of the subgraph's GraphQL endpoint");
      subgraphUrls[routed.toLowerCase()] = env[name]!;
    }
    const subgraph = /^([A-Z][A-Z0-9]*)_PORT$/.exec(name)?.[1];
    if (subgraph) subgraphPorts[subgraph.toLowerCase()] = integer(env, name, 0, 65535);
    const timed = /^([A-Z][A-Z0-9]*)_TIMEOUT_MS$/.exec(name)?.[1];
    if (timed && timed !== 'SUBGRAPH') subgraphTimeouts[timed.toLowerCase()] = integer(env, name, 3_000, 600_000) || 1;
  }
  if (internalSecret.length < 32) throw new ConfigError('HUB_INTERNAL_SECRET', 'must be at least 32 characters');
  return Object.freeze({
    production: env.NODE_ENV === 'production',
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 65535),
    databaseUrl,
    databaseReplicaUrls: Object.freeze(databaseReplicaUrls),
    dataDir: resolve(env.DATA_DIR || '.data/pglite'),
    seedCitizens: integer(env, 'SEED_CITIZENS', 10_000, 100_000_000),
    seed: env.SEED || 'citizen360',
    logLevel,
    authentication,
    internalSecret,
    internalSecretShared: Boolean(env.HUB_INTERNAL_SECRET),
    gatewayUrl,
    subgraphPorts: Object.freeze(subgraphPorts),
    subgraphUrls: Object.freeze(subgraphUrls),
    redisUrl,
    redisPrefix,
    redisTimeoutMs: integer(env, 'REDIS_TIMEOUT_MS', 500, 60_000) || 1,
    rulesMaxAgeMs: integer(env, 'RULES_MAX_AGE_SECONDS', 60, 86_400) * 1000,
    supergraphFile: resolve(env.SUPERGRAPH_FILE || resolve(__dirname, '../schema/supergraph.graphql')),
    gatewayWorkers: integer(env, 'GATEWAY_WORKERS', availableParallelism(), 256) || 1,
    subgraphMaxSockets: integer(env, 'SUBGRAPH_MAX_SOCKETS', 64, 10_000) || 1,
    databasePoolMax: integer(env, 'DATABASE_POOL_MAX', 10, 1_000) || 1,
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_SECONDS', 15, 3_600) * 1000,
    metricsPort: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 0, 65535) : undefined,
    deadlines: Object.freeze({
      requestMs: integer(env, 'REQUEST_BUDGET_MS', DEFAULT_REQUEST_BUDGET_MS, 600_000) || 1,
      subgraphMs: integer(env, 'SUBGRAPH_TIMEOUT_MS', 3_000, 600_000) || 1,
      subgraphOverridesMs: Object.freeze(subgraphTimeouts),
      breakerFailures: integer(env, 'SUBGRAPH_BREAKER_FAILURES', 5, 1_000) || 1,
      breakerHalfOpenMs: integer(env, 'SUBGRAPH_BREAKER_HALF_OPEN_MS', 5_000, 3_600_000),
    }),
    databaseTimeouts: Object.freeze({
      statementMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 10_000, 3_600_000),
      lockMs: integer(env, 'DATABASE_LOCK_TIMEOUT_MS', 2_000, 3_600_000),
      idleInTransactionMs: integer(env, 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000, 3_600_000),
    }),
    // At most an hour: well inside the change counters' horizon (policy/epochs.ts CHANGE_HORIZON_SECONDS).
    responseCacheTtlSeconds: integer(env, 'RESPONSE_CACHE_TTL_SECONDS', 0, 3_600),
    insightsKeyFile: resolve(env.INSIGHTS_KEY_FILE || '.data/insights.key'),
    pairwiseKeyFile: resolve(env.PAIRWISE_KEY_FILE || '.data/pairwise.key'),
    operationLimits: limitOverrides(env.OPERATION_LIMITS),
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    mail: mailConfig(env),
    audit: Object.freeze({
      keyFile: resolve(env.AUDIT_KEY_FILE || '.data/audit-signing.pem'),
      createKey: env.NODE_ENV !== 'production',
      witnessFile: resolve(env.AUDIT_WITNESS_FILE || '.data/audit-witness.json'),
    }),
  });
}

const MAIL_ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

function mailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl !== undefined) {
    try {
      parseSmtpUrl(smtpUrl);
    } catch (error) {
      throw new ConfigError('SMTP_URL', (error as Error).message);
    }
  }
  const from = env.MAIL_FROM?.trim() || 'Citizen 360 <no-reply@citizen360.example.go.id>';
  const address = /<([^<>]+)>$/.exec(from)?.[1] ?? from;
  if (!MAIL_ADDRESS.test(address) || /[\r\n]/.test(from))
    throw new ConfigError('MAIL_FROM', 'must be an e-mail address, or a name and <address>');
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${integer(env, 'PORT', 4000, 65535)}`).replace(
    /\/+$/,
    '',
  );
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(publicUrl))
    throw new ConfigError('PUBLIC_URL', 'must be the http(s) URL the web app is reached at, without query or fragment');
  return Object.freeze({
    smtpUrl,
    from,
    publicUrl,
    retryBaseMs: (integer(env, 'MAIL_RETRY_SECONDS', 60, 86_400) || 1) * 1000,
  });
}
