import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLogger, errorFields } from './log';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What the hub counts and times, for Prometheus (served on METRICS_PORT by the launcher). Labels never carry
 * personal data or free text from a caller: operation names are kept to a bounded set, codes are the hub's own.
 */
export interface Metrics {
  readonly registry: Registry;
  /** One GraphQL request answered: its operation (type and name), outcome and first error code. */
  request(operation: string, outcome: 'ok' | 'partial' | 'error', code: string, seconds: number): void;
  /** One call from the gateway to a subgraph. */
  subgraphCall(subgraph: string, outcome: 'ok' | 'error' | 'timeout' | 'unavailable', seconds: number): void;
  /** Decisions on personal data by outcome and refusal code. */
  decisions(outcome: string, code: string, count: number): void;
  /** One batch written to the access log. */
  accessLogCommit(events: number, seconds: number): void;
  answerCache(result: 'hit' | 'miss' | 'bypass'): void;
  quotaRefusal(limit: string): void;
  /** Read on each scrape: each subgraph breaker's state (0 closed, 1 half-open, 2 open). */
  watchBreakers(read: () => Record<string, 'closed' | 'half-open' | 'open'>): void;
  /** Read on each scrape: a connection pool's connections in use, idle and waited for. */
  watchPool(pool: string, read: () => { total: number; idle: number; waiting: number }): void;
}

/** Distinct operation names kept as labels; the rest are counted as `other`. */
const OPERATION_NAMES = 200;

const log = createLogger('metrics');
const BREAKER_STATES = { closed: 0, 'half-open': 1, open: 2 } as const;

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'c360_requests_total',
    help: 'GraphQL requests answered, by operation, outcome and first error code',
    labelNames: ['operation', 'outcome', 'code'],
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'c360_request_duration_seconds',
    help: 'Time to answer a GraphQL request',
    labelNames: ['outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const subgraphSeconds = new Histogram({
    name: 'c360_subgraph_request_duration_seconds',
    help: 'Time of one gateway call to a subgraph, by outcome (ok, error, timeout, unavailable)',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3, 10],
    registers: [registry],
  });
  const decisionCount = new Counter({
    name: 'c360_decisions_total',
    help: 'Decisions on personal data, by outcome and refusal code',
    labelNames: ['outcome', 'code'],
    registers: [registry],
  });
  const accessLogSeconds = new Histogram({
    name: 'c360_access_log_commit_seconds',
    help: 'Time to commit one batch of access events',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const accessLogBatch = new Histogram({
    name: 'c360_access_log_batch_events',
    help: 'Access events committed in one batch',
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 1000],
    registers: [registry],
  });
  const cache = new Counter({
    name: 'c360_answer_cache_total',
    help: "Officers' answers served from the cache (hit), computed (miss), or computed without it (bypass)",
    labelNames: ['result'],
    registers: [registry],
  });
  const quota = new Counter({
    name: 'c360_quota_refusals_total',
    help: 'Requests refused for a client over its quota, by limit',
    labelNames: ['limit'],
    registers: [registry],
  });
  const breakerReaders: (() => Record<string, keyof typeof BREAKER_STATES>)[] = [];
  new Gauge({
    name: 'c360_subgraph_breaker_state',
    help: "Each subgraph's circuit breaker: 0 closed, 1 half-open (a trial call), 2 open (not called)",
    labelNames: ['subgraph'],
    registers: [registry],
    // Across a gateway's workers: the worst of them.
    aggregator: 'max',
    collect() {
      for (const read of breakerReaders)
        for (const [subgraph, state] of Object.entries(read())) this.set({ subgraph }, BREAKER_STATES[state]);
    },
  });
  const poolReaders = new Map<string, () => { total: number; idle: number; waiting: number }>();
  new Gauge({
    name: 'c360_pool_connections',
    help: 'Database connections of a pool: in use, idle, and requests waiting for one',
    labelNames: ['pool', 'state'],
    registers: [registry],
    collect() {
      for (const [pool, read] of poolReaders) {
        const { total, idle, waiting } = read();
        this.set({ pool, state: 'in_use' }, total - idle);
        this.set({ pool, state: 'idle' }, idle);
        this.set({ pool, state: 'waiting' }, waiting);
      }
    },
  });
  const operations = new Set<string>();
  return {
    registry,
    request(operation, outcome, code, seconds) {
      if (!operations.has(operation) && operations.size >= OPERATION_NAMES) operation = 'other';
      operations.add(operation);
      requests.inc({ operation, outcome, code });
      requestSeconds.observe({ outcome }, seconds);
    },
    subgraphCall: (subgraph, outcome, seconds) => subgraphSeconds.observe({ subgraph, outcome }, seconds),
    decisions: (outcome, code, count) => decisionCount.inc({ outcome, code }, count),
    accessLogCommit(events, seconds) {
      accessLogSeconds.observe(seconds);
      accessLogBatch.observe(events);
    },
    answerCache: (result) => cache.inc({ result }),
    quotaRefusal: (limit) => quota.inc({ limit }),
    watchBreakers: (read) => void breakerReaders.push(read),
    watchPool: (pool, read) => void poolReaders.set(pool, read),
  };
}

/** Where a scrape reads its text from: one process's registry, or every worker of a cluster. */
export interface MetricsSource {
  readonly contentType: string;
  read(): Promise<string>;
}

/** This process's own metrics. */
export function processMetrics(metrics: Metrics): MetricsSource {
  return { contentType: metrics.registry.contentType, read: () => metrics.registry.metrics() };
}

/**
 * A cluster primary's view of its workers' metrics (each calls shareWithPrimary): counters and histograms summed,
 * breaker states the worst, asked of every worker on each scrape.
 */
export function clusterMetrics(): MetricsSource {
  const aggregator = new AggregatorRegistry();
  return { contentType: aggregator.contentType, read: () => aggregator.clusterMetrics() };
}

/** A cluster worker's metrics, given to its primary when it scrapes (clusterMetrics) instead of served. */
export function shareWithPrimary(metrics: Metrics): void {
  // Made in a worker, an aggregator is what answers the primary's requests.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([metrics.registry]);
}

/** Answers `GET /metrics` in Prometheus text format (the launcher listens on METRICS_PORT). */
export function metricsHandler(source: MetricsSource) {
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' || new URL(request.url ?? '/', 'http://metrics').pathname !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at /metrics\n');
      return;
    }
    source.read().then(
      (text) => response.writeHead(200, { 'content-type': source.contentType }).end(text),
      (error: unknown) => {
        log.warn('metrics not collected', errorFields(error));
        response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics could not be collected\n');
      },
    );
  };
}
