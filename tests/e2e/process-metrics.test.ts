import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startProcessStack, type ProcessStack } from '../support/process-stack';

// The parts run on their own, each with METRICS_PORT: the gateway's primary answers one scrape for all its
// workers, and each subgraph process serves its own pool and access-log figures.
let database: TestDatabase;
let stack: ProcessStack;
let niks: string[];

beforeAll(async () => {
  database = await createTestDatabase('process_metrics');
  await seedPopulation(database.pool, { citizens: 100, seed: 'process-metrics' });
  niks = await sampleNiks(database.pool, 10);
  stack = await startProcessStack(database.url, { gatewayWorkers: 2, env: { METRICS_PORT: '0' } });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

type Families = Map<string, { metrics: { labels?: Record<string, string>; value?: string; count?: string }[] }>;

async function scrape(url: string): Promise<Families> {
  const answer = await fetch(url);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
  const families = parsePrometheusTextFormat(await answer.text()) as {
    name: string;
    metrics: { labels?: Record<string, string>; value?: string; count?: string }[];
  }[];
  return new Map(families.map((family) => [family.name, family]));
}

const metricsUrl = (output: string) => /"msg":"metrics listening","url":"(http:[^"]+)"/.exec(output)?.[1];

it("counts every worker's requests in one scrape of the gateway, and each subgraph's own", async () => {
  const PROFILE = 'query Profile($n: NIK!) { citizen(nik: $n) { fullName welfareDecile } }';
  const sent = 40;
  // Over fresh connections, which the primary hands to its two workers in turn.
  for (let i = 0; i < sent; i += 1) {
    const answer = await stack.post(PROFILE, { n: niks[i % niks.length] }, { connection: 'close' });
    expect(answer.body.errors).toBeUndefined();
  }
  const gatewayMetrics = metricsUrl(stack.gateway.notices());
  expect(gatewayMetrics).toMatch(/\/metrics$/);
  const gateway = await scrape(gatewayMetrics!);
  const profiles = gateway
    .get('c360_requests_total')!
    .metrics.filter((m) => m.labels?.operation === 'query:Profile' && m.labels.outcome === 'ok');
  expect(profiles.reduce((sum, m) => sum + Number(m.value), 0)).toBe(sent);
  expect(gateway.get('c360_subgraph_request_duration_seconds')).toBeDefined();
  expect(gateway.get('c360_subgraph_breaker_state')!.metrics.map((m) => [m.labels?.subgraph, m.value])).toContainEqual([
    'population',
    '0',
  ]);
  expect(gateway.get('nodejs_heap_size_used_bytes')).toBeDefined();
  expect(stack.gatewayWorkers()).toHaveLength(2);

  const population = await scrape(metricsUrl(stack.subgraphs.population.notices())!);
  const pool = population.get('c360_pool_connections')!.metrics;
  expect(pool.filter((m) => m.labels?.pool === 'population').map((m) => m.labels?.state)).toEqual(
    expect.arrayContaining(['in_use', 'idle', 'waiting']),
  );
  expect(population.get('process_cpu_seconds_total')).toBeDefined();
  // A metrics port serves metrics, not the graph.
  expect((await fetch(gatewayMetrics!.replace('/metrics', '/graphql'))).status).toBe(404);
});
