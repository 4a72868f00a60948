import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertAccessRule, TEST_OFFICER_RULE } from '../support/fixtures';

// Traces, in real processes: instrumentations patch http, pg and graphql as Node loads them, which they cannot
// inside jest's module registry. One Citizen 360 profile through the whole hub (tests/support/traced-hub.ts),
// and the hub's launcher with tracing off.
const ROOT = resolve(__dirname, '../..');
const AGENCIES = ['population', 'regsosek', 'tax', 'health', 'licensing'];
const SERVER = 1;
const CLIENT = 2;

interface SpanRecord {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
  events: { name: string; attributes: Record<string, unknown> }[];
  service: string;
}

let database: TestDatabase;
let nik: string;
const dirs: string[] = [];

/** A directory for one process's keys and output, removed after the suite. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

beforeAll(async () => {
  database = await createTestDatabase('tracing');
  await seedPopulation(database.pool, { citizens: 200, seed: 'citizen360-e2e' });
  await insertAccessRule(database.url, TEST_OFFICER_RULE);
  // A family head with records in every agency.
  [nik] = await sampleNiks(database.pool, 1);
});

afterAll(async () => {
  await database?.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The environment of a hub process: the suite's database, its keys in a directory of its own, no OTEL_*. */
function hubEnv(dir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: '0',
    SEED_CITIZENS: '0',
    LOG_LEVEL: 'warn',
    REDIS_URL: '',
    DATA_DIR: join(dir, 'pglite'),
    DEV_ISSUER_KEY_FILE: join(dir, 'dev-issuer.jwk'),
    AUDIT_KEY_FILE: join(dir, 'audit-signing.pem'),
    AUDIT_WITNESS_FILE: join(dir, 'audit-witness.json'),
    INSIGHTS_KEY_FILE: join(dir, 'insights.key'),
    PAIRWISE_KEY_FILE: join(dir, 'pairwise.key'),
    ...extra,
  };
  for (const name of Object.keys(env)) if (name.startsWith('OTEL_')) delete env[name];
  return env;
}

/** Runs a Node process to its end; rejects with its output unless it exits 0. */
function run(args: string[], env: NodeJS.ProcessEnv, stopWhen?: RegExp): Promise<string> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stopping = false;
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    // Once: a second signal stops the hub at once, with exit code 1.
    if (!stopping && stopWhen?.test(output)) stopping = child.kill('SIGTERM');
  };
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  return new Promise((done, fail) =>
    child.once('exit', (code) => (code === 0 ? done(output) : fail(new Error(`exited with ${code}:\n${output}`)))),
  );
}

describe('traces', () => {
  it('follow one profile from the gateway into each agency subgraph and its SQL, with no personal data', async () => {
    const dir = tempDir('citizen360-tracing-');
    const file = join(dir, 'spans.json');
    await run(['tests/support/traced-hub.ts'], hubEnv(dir, { TRACED_NIK: nik, SPANS_FILE: file }));
    const { gatewayUrl, subgraphUrls, spans } = JSON.parse(readFileSync(file, 'utf8')) as {
      gatewayUrl: string;
      subgraphUrls: Record<string, string>;
      spans: SpanRecord[];
    };
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const children = (span: SpanRecord) => spans.filter((other) => other.parentSpanId === span.spanId);
    const below = (span: SpanRecord): SpanRecord[] => children(span).flatMap((child) => [child, ...below(child)]);
    const above = (span: SpanRecord): SpanRecord[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...above(parent)] : [];
    };
    const port = (url: string) => Number(new URL(url).port);

    // One trace, rooted at the gateway's server span of the POST; every other span has its parent in it.
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);
    const roots = spans.filter((span) => !span.parentSpanId);
    expect(roots).toHaveLength(1);
    const [root] = roots;
    expect(root).toMatchObject({
      kind: SERVER,
      attributes: { 'server.port': port(gatewayUrl), 'url.path': '/graphql' },
    });
    expect(spans.filter((span) => span.parentSpanId && !byId.has(span.parentSpanId))).toEqual([]);
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set(['citizen360']));

    for (const agency of AGENCIES) {
      // The gateway's call: a client span under the root with no server span between (still in the gateway).
      const calls = spans.filter(
        (span) => span.kind === CLIENT && span.attributes['url.full'] === subgraphUrls[agency],
      );
      expect({ agency, calls: calls.length }).toEqual({ agency, calls: 1 });
      const call = calls[0];
      expect(above(call).filter((span) => span.kind === SERVER)).toEqual([root]);
      // The subgraph's server span is the call's child: the traceparent header carried the call's context.
      const served = children(call).filter((span) => span.kind === SERVER);
      expect(served).toHaveLength(1);
      expect(served[0].attributes).toMatchObject({ 'server.port': port(subgraphUrls[agency]), 'url.path': '/graphql' });
      // And its SQL beneath it.
      const sql = below(served[0]).filter((span) => span.attributes['db.system.name'] === 'postgresql');
      expect({ agency, sql: sql.length > 0 }).toEqual({ agency, sql: true });
      expect(sql.every((span) => typeof span.attributes['db.query.text'] === 'string')).toBe(true);
    }

    // No probe made a span.
    const paths = spans.map((span) => span.attributes['url.path'] ?? span.attributes['url.full']);
    expect(paths.filter((path) => /healthz|readyz/.test(String(path)))).toEqual([]);
    // No personal data: neither the NIK nor any 16-digit number, no GraphQL document, no SQL parameters.
    const recorded = JSON.stringify(spans.map(({ name, attributes, events }) => ({ name, attributes, events })));
    expect(recorded).not.toContain(nik);
    expect(recorded).not.toMatch(/[0-9]{16}/);
    expect(recorded).not.toMatch(/graphql\.source|graphql\.document|graphql\.variables|db\.postgresql\.values/);
    expect(recorded).not.toMatch(/Bearer /);
  });

  it('loads none of OpenTelemetry in the launcher while OTEL_TRACES_EXPORTER is unset', async () => {
    const dir = tempDir('citizen360-untraced-');
    const file = join(dir, 'loaded.json');
    // npm start's launcher, recording on exit what it loaded and what it registered with the OpenTelemetry API.
    const record = `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(file)}, JSON.stringify({
      modules: Object.keys(require.cache),
      registered: Object.keys(globalThis[Symbol.for('opentelemetry.js.api.1')] ?? {}),
    })));
    require('./app/main.ts');`;
    await run(['-e', record], hubEnv(dir, {}), /Citizen 360 hub ready/);
    const { modules, registered } = JSON.parse(readFileSync(file, 'utf8')) as {
      modules: string[];
      registered: string[];
    };
    expect(modules).toContain(join(ROOT, 'app/tracing.ts'));
    expect(modules).toContain(join(ROOT, 'hub/tracing.ts'));
    // @apollo/gateway loads the OpenTelemetry API (and its own metrics code) itself; the SDK, the
    // instrumentations and the exporters stay unloaded, and nothing is registered.
    const sdk = modules.filter((path) =>
      /\/@opentelemetry\/(sdk-node|sdk-trace[^/]*|instrumentation[^/]*|exporter-trace-[^/]*|context-async-hooks)\//.test(
        path,
      ),
    );
    expect(sdk).toEqual([]);
    expect(registered).toEqual([]);
  });
});
