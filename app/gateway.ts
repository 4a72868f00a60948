import './tracing';
import { servingUrl } from '../hub/database';
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { readConfig, type HubConfig } from '../hub/config';
import { listen } from '../hub/http';
import { clusterMetrics, metricsHandler, processMetrics, shareWithPrimary } from '../hub/metrics';
import { answersHealth, createReadiness } from '../hub/readiness';
import { stopOnSignals } from './signals';
import { createLogger, errorFields, setLogLevel } from '../hub/log';
import { createAuthenticator } from '../gateway/authentication';
import { createGateway, type GatewayOptions } from '../gateway/server';
import { openServices, WEB_ROOT, webSignIn } from './services';
import { operationLimits } from '../gateway/operation-limits';
import { routeSupergraph } from '../schema/supergraph';

const log = createLogger('gateway');

/**
 * One gateway process (`node -r @swc-node/register app/gateway.ts`): the supergraph from SUPERGRAPH_FILE (routing to
 * the URLs in it, or to those `<NAME>_ROUTING_URL` gives), the steward's rules read from DATABASE_URL, the access
 * log written there (signed with AUDIT_KEY_FILE), rule changes heard through REDIS_URL, which also holds the
 * cached answers and their change counters. Not listening yet.
 */
export async function openGatewayProcess(config: HubConfig, overrides: Pick<GatewayOptions, 'accessControl'> = {}) {
  if (!config.internalSecretShared)
    throw new Error('HUB_INTERNAL_SECRET is required to run the gateway on its own (the subgraphs must share it)');
  if (!config.databaseUrl)
    throw new Error(
      "DATABASE_URL is required to run the gateway on its own (it reads the steward's rules and writes the access log)",
    );
  const services = await openServices(config, servingUrl(config.databaseUrl, config.databaseTimeouts));
  const { rules, quotas, accessLog, kv, epochs } = services;
  const supergraphSdl = routeSupergraph(readFileSync(config.supergraphFile, 'utf8'), config.subgraphUrls);
  // Ready when the access log can be written and the subgraphs the supergraph routes to answer their health;
  // degraded while some do not (their fields are null, the rest is served), not ready when none does: one
  // agency away must not take every gateway out of its load balancer.
  const readiness = createReadiness([
    { name: 'access log', essential: true, probe: () => accessLog.writable() },
    ...[...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(([, name, url]) => ({
      name: `subgraph ${name}`,
      essential: { group: 'subgraphs' },
      probe: () => answersHealth(url),
    })),
    ...(kv.kind === 'redis'
      ? [{ name: 'redis', essential: false, probe: () => kv.get('readyz').then(() => undefined) }]
      : []),
  ]);
  const gateway = await createGateway({
    production: config.production,
    supergraphSdl,
    authenticate: await createAuthenticator(config.authentication, config.internalSecret),
    internalSecret: config.internalSecret,
    subgraphMaxSockets: config.subgraphMaxSockets,
    rules,
    quotas,
    accessLog,
    pairwise: services.pairwise,
    responseCache: { kv, epochs, ttlSeconds: config.responseCacheTtlSeconds },
    limits: operationLimits(config.operationLimits),
    deadlines: config.deadlines,
    corsOrigins: config.corsOrigins,
    webRoot: WEB_ROOT,
    webSignIn: webSignIn(config.authentication),
    metrics: services.metrics,
    readiness,
    ...overrides,
  });
  return {
    handler: gateway.handler,
    readiness,
    metrics: services.metrics,
    close: async () => {
      await gateway.stop();
      await services.close();
    },
  };
}

/**
 * The gateway on its own, as GATEWAY_WORKERS processes (default one per core) sharing one port: the gateway
 * parses, plans and merges in JavaScript, one core per process. `npm start` runs everything in one process and
 * does not use this. A worker that dies is replaced.
 */
export function runGateway(overrides: Pick<GatewayOptions, 'accessControl'> = {}): void {
  const config = readConfig();
  setLogLevel(config.logLevel);
  if (cluster.isPrimary && config.gatewayWorkers > 1) {
    for (let i = 0; i < config.gatewayWorkers; i += 1) cluster.fork();
    let stopping = false;
    cluster.on('exit', (worker, code) => {
      if (stopping) return;
      log.warn('gateway worker exited: starting another', { pid: worker.process.pid, code });
      cluster.fork();
    });
    // One scrape for all the workers: the primary asks each for its metrics.
    const metrics =
      config.metricsPort === undefined
        ? undefined
        : listen(metricsHandler(clusterMetrics()), config.host, config.metricsPort, '/metrics');
    metrics?.then(
      (http) => log.info('metrics listening', { url: http.url }),
      (error: unknown) => {
        log.error('metrics port not opened', errorFields(error));
        process.exitCode = 1;
        stop();
      },
    );
    const stop = () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
      void metrics?.then((http) => http.close()).catch(() => undefined);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    return;
  }
  (async () => {
    const gateway = await openGatewayProcess(config, overrides);
    // A worker's metrics are scraped through its primary; a gateway on its own serves its own.
    if (gateway.metrics && cluster.isWorker) shareWithPrimary(gateway.metrics);
    const metricsHttp =
      gateway.metrics && cluster.isPrimary && config.metricsPort !== undefined
        ? await listen(metricsHandler(processMetrics(gateway.metrics)), config.host, config.metricsPort, '/metrics')
        : undefined;
    const http = await listen(gateway.handler, config.host, config.port);
    // Not ready at once (a load balancer stops sending), the requests in flight finished, then the rest closed.
    stopOnSignals(log, config.shutdownGraceMs, async () => {
      gateway.readiness.stopping();
      await http.close(config.shutdownGraceMs);
      await metricsHttp?.close();
      await gateway.close();
    });
    if (metricsHttp) log.info('metrics listening', { url: metricsHttp.url });
    // Announced once a signal stops it cleanly: whoever waits for this line may send one at once.
    log.info('gateway listening', {
      url: http.url,
      worker: cluster.isWorker ? cluster.worker?.id : undefined,
      pid: process.pid,
    });
  })().catch((error: unknown) => {
    log.error('start failed', errorFields(error));
    process.exit(1);
  });
}

if (require.main === module) runGateway();
