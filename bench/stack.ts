import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPHS } from '../app/subgraphs';
import { routeSupergraph, SUPERGRAPH_PATH } from '../schema/supergraph';
import { freePort, ROOT, startProcess, type Running } from './processes';

/** What the processes of one benchmark run share: the database, the secret, the keys, a scratch folder. */
export interface BenchEnvironment {
  databaseUrl: string;
  internalSecret: string;
  devIssuerKeyFile: string;
  auditKeyFile: string;
  scratch: string;
  redisUrl?: string;
}

export function benchEnvironment(databaseUrl: string, internalSecret: string, redisUrl: string): BenchEnvironment {
  const scratch = mkdtempSync(join(tmpdir(), 'citizen360-bench-'));
  return {
    databaseUrl,
    internalSecret,
    devIssuerKeyFile: join(scratch, 'dev-issuer.jwk'),
    auditKeyFile: join(scratch, 'audit.pem'),
    scratch,
    redisUrl,
  };
}

/**
 * Up to three sets of seven subgraph processes run at once (PostgreSQL allows 100 connections by default):
 * three query connections each is plenty for 32 concurrent requests spread over seven processes.
 */
const POOL_PER_SUBGRAPH = '3';

function commonEnv(env: BenchEnvironment): Record<string, string> {
  return {
    DATABASE_POOL_MAX: POOL_PER_SUBGRAPH,
    DATABASE_URL: env.databaseUrl,
    HUB_INTERNAL_SECRET: env.internalSecret,
    DEV_ISSUER_KEY_FILE: env.devIssuerKeyFile,
    AUDIT_KEY_FILE: env.auditKeyFile,
    NODE_ENV: 'development',
    ...(env.redisUrl ? { REDIS_URL: env.redisUrl } : {}),
  };
}

/** Every subgraph as its own process, in one access mode and one loader mode. */
export interface SubgraphSet {
  readonly processes: Running[];
  readonly urls: Record<string, string>;
  /** SQL statements each subgraph has sent so far. */
  statements(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

export async function startSubgraphs(
  env: BenchEnvironment,
  mode: { access: 'enforced' | 'off'; loaders: 'batched' | 'naive' },
): Promise<SubgraphSet> {
  const processes = await Promise.all(
    SUBGRAPHS.map(async (subgraph) => {
      const port = await freePort();
      return startProcess(
        `${subgraph.name} (${mode.access}, ${mode.loaders})`,
        ['-r', '@swc-node/register', 'bench/subgraph-process.ts', subgraph.name],
        { ...commonEnv(env), PORT: String(port), BENCH_ACCESS: mode.access, BENCH_LOADERS: mode.loaders },
        port,
        '/healthz',
        join(env.scratch, `${subgraph.name}-${mode.access}-${mode.loaders}.log`),
      );
    }),
  );
  const urls = Object.fromEntries(SUBGRAPHS.map((subgraph, i) => [subgraph.name, processes[i].url]));
  return {
    processes,
    urls,
    statements: async () =>
      Object.fromEntries(
        await Promise.all(
          SUBGRAPHS.map(async (subgraph) => {
            const response = await fetch(urls[subgraph.name].replace(/\/graphql$/, '/bench/statements'));
            return [subgraph.name, ((await response.json()) as { statements: number }).statements] as const;
          }),
        ),
      ),
    stop: async () => {
      await Promise.all(processes.map((p) => p.stop()));
    },
  };
}

/** The committed supergraph with each subgraph's routing URL pointed at this run's processes. */
export function supergraphFor(env: BenchEnvironment, subgraphs: SubgraphSet, label: string): string {
  const sdl = routeSupergraph(readFileSync(SUPERGRAPH_PATH, 'utf8'), subgraphs.urls);
  const file = join(env.scratch, `supergraph-${label}.graphql`);
  writeFileSync(file, sdl);
  return file;
}

/** Our gateway, as `app/gateway.ts` runs it: `workers` processes on one port. */
export async function startGateway(
  env: BenchEnvironment,
  subgraphs: SubgraphSet,
  options: { access: 'enforced' | 'off'; workers: number; label: string; cacheTtlSeconds?: number },
): Promise<Running> {
  const port = await freePort();
  return startProcess(
    `gateway (${options.label})`,
    ['-r', '@swc-node/register', 'bench/gateway-process.ts'],
    {
      ...commonEnv(env),
      PORT: String(port),
      GATEWAY_WORKERS: String(options.workers),
      SUPERGRAPH_FILE: supergraphFor(env, subgraphs, options.label),
      BENCH_ACCESS: options.access,
      RESPONSE_CACHE_TTL_SECONDS: String(options.cacheTtlSeconds ?? 0),
    },
    port,
    '/healthz',
    join(env.scratch, `gateway-${options.label}.log`),
  );
}

/**
 * Hive Gateway (MIT) over the same subgraph processes and the same supergraph, with as many workers. Subgraphs
 * answer only requests carrying the gateway's internal token: it passes on the one each benchmark request
 * carries (propagateHeaders), as our gateway would sign it.
 */
export async function startHiveGateway(
  env: BenchEnvironment,
  subgraphs: SubgraphSet,
  workers: number,
): Promise<Running> {
  const port = await freePort();
  const config = join(env.scratch, 'hive-gateway.config.mjs');
  writeFileSync(
    config,
    `export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      'x-hub-internal-token': request.headers.get('x-hub-internal-token') ?? '',
    }),
  },
};
`,
  );
  const bin = join(ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js');
  return startProcess(
    'Hive Gateway',
    [
      bin,
      'supergraph',
      supergraphFor(env, subgraphs, 'hive'),
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--fork',
      String(workers),
      '-c',
      config,
    ],
    { NODE_ENV: 'production' },
    port,
    '/readiness',
    join(env.scratch, 'hive-gateway.log'),
  );
}
