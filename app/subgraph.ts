import './tracing';
import { servingUrl } from '../hub/database';
import { servingPool } from '../hub/silent-connections';
import { MikroORM } from '@mikro-orm/postgresql';
import { readConfig, type HubConfig } from '../hub/config';
import { listen } from '../hub/http';
import { metricsHandler, processMetrics } from '../hub/metrics';
import { ormPoolUse } from '../hub/orm';
import { createReadiness } from '../hub/readiness';
import { stopOnSignals } from './signals';
import { createLogger, errorFields, setLogLevel } from '../hub/log';
import {
  consumeChanges,
  createSubgraphServer,
  type SubgraphDefinition,
  type SubgraphServerOptions,
} from '../subgraphs/host/subgraph';
import { openServices } from './services';
import { SUBGRAPHS } from './subgraphs';

/**
 * Opens what one subgraph needs as its own process, from the configuration: its ORM, the shared services and
 * its server (not listening yet). Needs DATABASE_URL and HUB_INTERNAL_SECRET; REDIS_URL to hear of rule
 * changes made in other processes and to share the change counters with the gateways; reaches the graph at
 * GATEWAY_URL.
 */
export async function openSubgraphProcess(
  definition: SubgraphDefinition,
  config: HubConfig,
  overrides: Pick<SubgraphServerOptions, 'accessControl' | 'loaders'> = {},
) {
  if (!config.databaseUrl)
    throw new Error(`DATABASE_URL is required to run the ${definition.name} subgraph on its own`);
  if (!config.internalSecretShared)
    throw new Error('HUB_INTERNAL_SECRET is required to run a subgraph on its own (the gateway must share it)');
  const serving = servingUrl(config.databaseUrl, config.databaseTimeouts);
  const replicaUrls = config.databaseReplicaUrls.map((url) => servingUrl(url, config.databaseTimeouts));
  const orm = await MikroORM.init(
    definition.ormConfig(serving, {
      poolMax: config.databasePoolMax,
      // Waiting for a connection is waiting for a lock: it gives up when a lock would.
      acquireTimeoutMs: config.databaseTimeouts.lockMs || undefined,
      replicaUrls,
    }),
  );
  const services = await openServices(config, serving);
  const log = createLogger(definition.name);
  const replicaProbes = replicaUrls.map((url) => {
    const pool = servingPool(url, 1);
    pool.on('error', (error) => log.warn('replica connection closed', errorFields(error)));
    return pool;
  });
  const { rules, accessLog, epochs, feed, kv } = services;
  // Ready when its database answers and the access log can be written; Redis and a replica only degrade it.
  const readiness = createReadiness([
    {
      name: 'database',
      essential: true,
      probe: () =>
        orm.em
          .getConnection()
          .execute('select 1')
          .then(() => undefined),
    },
    { name: 'access log', essential: true, probe: () => accessLog.writable() },
    // Without a replica the subgraph reads from the primary: degraded, not down.
    ...replicaProbes.map((pool, i) => ({
      name: `database replica ${i + 1}`,
      essential: false,
      probe: () => pool.query('select 1').then(() => undefined),
    })),
    ...(kv.kind === 'redis'
      ? [{ name: 'redis', essential: false, probe: () => kv.get('readyz').then(() => undefined) }]
      : []),
  ]);
  const server = await createSubgraphServer(definition, {
    orm,
    readiness,
    config,
    gatewayUrl: () => config.gatewayUrl,
    rules,
    accessLog,
    epochs,
    feed,
    ...overrides,
  });
  const stopConsuming = await consumeChanges(definition, { orm, feed, epochs });
  services.metrics?.watchPool(definition.name, ormPoolUse(orm.em));
  return {
    handler: server.handler,
    orm,
    readiness,
    metrics: services.metrics,
    close: async () => {
      await stopConsuming();
      await server.apollo.stop();
      await orm.close(true);
      await Promise.all(replicaProbes.map((pool) => pool.end()));
      await services.close();
    },
  };
}

/**
 * `node -r @swc-node/register app/subgraph.ts <name>`: one subgraph as its own process, for deployments that
 * run each agency separately (see openSubgraphProcess); listens on `<NAME>_PORT` or the port rover.yaml gives
 * it. `npm start` runs every subgraph in one process instead (app/start.ts).
 */
function main(): void {
  const name = process.argv[2];
  const definition = SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!definition) {
    process.stderr.write(`Usage: app/subgraph.ts <${SUBGRAPHS.map((s) => s.name).join('|')}>\n`);
    process.exit(2);
  }
  const log = createLogger(definition.name);
  (async () => {
    const config = readConfig();
    setLogLevel(config.logLevel);
    const subgraph = await openSubgraphProcess(definition, config);
    const http = await listen(
      subgraph.handler,
      config.host,
      config.subgraphPorts[definition.name] ?? definition.defaultPort,
    );
    const metricsHttp =
      subgraph.metrics && config.metricsPort !== undefined
        ? await listen(metricsHandler(processMetrics(subgraph.metrics)), config.host, config.metricsPort, '/metrics')
        : undefined;
    // Not ready at once, the requests in flight finished, then the rest closed.
    stopOnSignals(log, config.shutdownGraceMs, async () => {
      subgraph.readiness.stopping();
      await http.close(config.shutdownGraceMs);
      await metricsHttp?.close();
      await subgraph.close();
    });
    if (metricsHttp) log.info('metrics listening', { url: metricsHttp.url });
    log.info('subgraph listening', { url: http.url });
  })().catch((error: unknown) => {
    log.error('start failed', errorFields(error));
    process.exit(1);
  });
}

if (require.main === module) main();
