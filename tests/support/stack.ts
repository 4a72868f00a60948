import { servingUrl } from '../../hub/database';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { openServices } from '../../app/services';
import { SUBGRAPHS } from '../../app/subgraphs';
import type { Role } from '../../auth/caller';
import { loadDevIssuer, type DevIssuer } from '../../auth/dev-issuer';
import { signInternalToken } from '../../auth/internal-token';
import { createAuthenticator } from '../../gateway/authentication';
import { createGateway } from '../../gateway/server';
import type { ChangeFeed } from '../../hub/change-feed';
import { readConfig, type Deadlines } from '../../hub/config';
import { listen, type Listening } from '../../hub/http';
import { inProcessKeyValue, type KeyValue } from '../../hub/kv';
import { inProcessPubSub, type PubSub } from '../../hub/pubsub';
import type { Epochs } from '../../policy/epochs';
import { consumeChanges, createSubgraphServer } from '../../subgraphs/host/subgraph';
import { insertAccessRule, TEST_OFFICER_RULE, type RuleFixture } from './fixtures';

interface RunningSubgraph {
  url: string;
  requests: number;
  statements: number;
  /** The statements themselves, with their parameters, newest last. */
  sql: { sql: string; bindings: unknown[] }[];
  stop(): Promise<void>;
}

export interface Stack {
  gatewayUrl: string;
  /** A token of the development issuer the stack's gateway accepts. */
  token(
    role: Role,
    options?: { nik?: string; client?: string; purpose?: string; ttlSeconds?: number; subject?: string },
  ): Promise<string>;
  /** POSTs to the gateway, as an officer unless `headers` carry their own authorization (null sends none). */
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string | null>,
  ): Promise<GraphQLHttpResponse>;
  /** The secret internal tokens are signed with (for tests that call a subgraph directly). */
  internalSecret: string;
  /** The gateway's internal token for the test officer (test-client, LICENSE_APPLICATION), to call a subgraph. */
  officerInternalToken(): Promise<string>;
  /** The file holding the access log's checkpoint key (the verifier derives its public half). */
  accessLogKeyFile: string;
  /** URL of each subgraph, by name. */
  subgraphUrls: Record<string, string>;
  /** Requests a subgraph has received so far. */
  requests(subgraph: string): number;
  /** SQL statements a subgraph has sent so far. */
  statements(subgraph: string): number;
  /** The statements a subgraph has sent so far, with their parameters. */
  sql(subgraph: string): readonly { sql: string; bindings: unknown[] }[];
  /** Stops one subgraph's server, leaving the rest running. */
  stopSubgraph(subgraph: string): Promise<void>;
  /** The change feed and change counters the stack's processes share (an import announces on them). */
  feed: ChangeFeed;
  epochs: Epochs;
  stop(): Promise<void>;
}

export interface StackOptions {
  production?: boolean;
  /** The rule put in force before start (default TEST_OFFICER_RULE, which `post` uses); null for none. */
  officerRule?: RuleFixture | null;
  /** How the stack's processes hear of rule changes. Default: in-process. */
  pubsub?: PubSub;
  /** `off` only to measure what enforcement costs (see SubgraphServerOptions). */
  accessControl?: 'enforced' | 'off';
  /**
   * Where cached answers and change counters live (default in-process), and how long answers are reused (default 0:
   * not).
   */
  kv?: KeyValue;
  responseCacheTtlSeconds?: number;
  /** The population change feed the subgraphs consume (default in-process). */
  feed?: ChangeFeed;
  /**
   * The gateway's request budget, subgraph timeouts and breakers. Default: the gateway's defaults with a 30 s
   * budget and subgraph timeout, so that a shared, busy test machine never cuts a call the test did not mean to.
   */
  deadlines?: Deadlines;
  /** The URL the gateway calls a subgraph at (e.g. through a fault proxy). Default: the subgraph's own. */
  route?: (subgraph: string, url: string) => string;
  /** Settings of the stack's configuration beyond the environment's (SMTP_URL, MAIL_RETRY_SECONDS, ...). */
  env?: Record<string, string>;
  /** Origins whose pages may call the gateway across origins (CORS_ORIGINS). Default none. */
  corsOrigins?: readonly string[];
}

/** The gateway and every subgraph as separate HTTP servers on free loopback ports, sharing one rule book. */
export async function startStack(databaseUrl: string, options: StackOptions = {}): Promise<Stack> {
  const production = options.production ?? false;
  const officerRule = options.officerRule === undefined ? TEST_OFFICER_RULE : options.officerRule;
  if (officerRule) await insertAccessRule(databaseUrl, officerRule);
  const accessLogKeyFile = join(mkdtempSync(join(tmpdir(), 'citizen360-audit-')), 'audit-signing.pem');
  const keyFile = join(mkdtempSync(join(tmpdir(), 'citizen360-issuer-')), 'dev-issuer.jwk');
  const audience = 'citizen360';
  // The stack's own configuration: its keys in temporary files, a fresh internal secret, in-process services
  // unless the test supplies its own; production behaviour without production's required key files.
  const config = Object.freeze({
    ...readConfig({
      ...process.env,
      NODE_ENV: 'development',
      OIDC_ISSUER: '',
      OIDC_AUDIENCE: audience,
      DEV_ISSUER_KEY_FILE: keyFile,
      AUDIT_KEY_FILE: accessLogKeyFile,
      HUB_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
      REDIS_URL: '',
      ...options.env,
    }),
    production,
  });
  // The pools that serve requests, with PostgreSQL's timeouts, as in every process of the hub.
  const serving = servingUrl(databaseUrl, config.databaseTimeouts);
  const services = await openServices(config, serving, {
    pubsub: options.pubsub ?? inProcessPubSub(),
    kv: options.kv ?? inProcessKeyValue(),
    feed: options.feed,
  });
  const { rules, quotas, accessLog, epochs, feed } = services;
  const kv = services.kv;
  const consumers: (() => Promise<void>)[] = [];
  const running = new Map<string, RunningSubgraph>();
  const orms: MikroORM[] = [];
  let gatewayUrl = '';
  const internalSecret = config.internalSecret;
  const issuer: DevIssuer = await loadDevIssuer(keyFile);
  for (const definition of SUBGRAPHS) {
    const orm = await MikroORM.init(definition.ormConfig(serving, { poolMax: 2 }));
    orms.push(orm);
    const server = await createSubgraphServer(definition, {
      orm,
      config,
      gatewayUrl: () => gatewayUrl,
      rules,
      accessLog,
      epochs,
      feed,
      accessControl: options.accessControl,
    });
    consumers.push(await consumeChanges(definition, { orm, feed, epochs }));
    let stopped = false;
    const entry: RunningSubgraph = { url: '', requests: 0, statements: 0, sql: [], stop: async () => undefined };
    orm.em
      .getConnection()
      .getKnex()
      .on('query', (query: { sql: string; bindings?: unknown[] }) => {
        entry.statements += 1;
        entry.sql.push({ sql: query.sql, bindings: query.bindings ?? [] });
      });
    const http: Listening = await listen(
      (req, res) => {
        entry.requests += 1;
        server.handler(req, res);
      },
      '127.0.0.1',
      0,
    );
    entry.url = http.url;
    entry.stop = async () => {
      if (stopped) return;
      stopped = true;
      await http.close();
      await server.apollo.stop();
    };
    running.set(definition.name, entry);
  }
  const subgraphUrls = Object.fromEntries([...running].map(([name, entry]) => [name, entry.url]));
  const route = options.route ?? ((_: string, url: string) => url);
  const gateway = await createGateway({
    production,
    subgraphUrls: Object.fromEntries([...running].map(([name, entry]) => [name, route(name, entry.url)])),
    authenticate: await createAuthenticator(config.authentication, internalSecret),
    internalSecret,
    rules,
    quotas,
    accessLog,
    pairwise: services.pairwise,
    responseCache: { kv, epochs, ttlSeconds: options.responseCacheTtlSeconds ?? 0 },
    accessControl: options.accessControl,
    deadlines: options.deadlines ?? { ...config.deadlines, requestMs: 30_000, subgraphMs: 30_000 },
    corsOrigins: options.corsOrigins,
  });
  const gatewayHttp = await listen(gateway.handler, '127.0.0.1', 0);
  gatewayUrl = gatewayHttp.url;
  const token: Stack['token'] = (role, options = {}) =>
    issuer.mint(
      { role, client_id: options.client ?? 'test-client', ...(options.purpose ? { purpose: options.purpose } : {}) },
      {
        subject: options.subject ?? (role === 'citizen' ? options.nik! : `test-${role}`),
        audience,
        ttlSeconds: options.ttlSeconds ?? 600,
      },
    );
  const officer = await token('officer', { purpose: 'LICENSE_APPLICATION' });
  return {
    gatewayUrl: gatewayHttp.url,
    token,
    internalSecret,
    officerInternalToken: () =>
      signInternalToken(internalSecret, {
        subject: 'test-officer',
        role: 'officer',
        client: 'test-client',
        purpose: 'LICENSE_APPLICATION',
        nik: null,
      }),
    accessLogKeyFile,
    post: (query, variables, headers = {}) => {
      const merged: Record<string, string> = { authorization: `Bearer ${officer}` };
      for (const [name, value] of Object.entries(headers)) {
        if (value === null) delete merged[name.toLowerCase()];
        else merged[name.toLowerCase()] = value;
      }
      return postGraphQL(gatewayHttp.url, query, variables, merged);
    },
    subgraphUrls,
    requests: (name) => running.get(name)?.requests ?? 0,
    statements: (name) => running.get(name)?.statements ?? 0,
    sql: (name) => running.get(name)?.sql ?? [],
    stopSubgraph: async (name) => running.get(name)?.stop(),
    feed,
    epochs,
    stop: async () => {
      for (const stopConsuming of consumers) await stopConsuming();
      await gatewayHttp.close();
      await gateway.stop();
      for (const entry of running.values()) await entry.stop();
      for (const orm of orms) await orm.close(true);
      await services.close();
      if (!options.pubsub) await services.pubsub.close();
    },
  };
}

export interface GraphQLHttpResponse {
  status: number;
  headers: Headers;
  // Untyped JSON on purpose: each test reads the fields its own query selected.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
  text: string;
}

export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLHttpResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
}
