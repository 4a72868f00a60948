import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';

// One subgraph as its own process (app/subgraph.ts), its database reached through a fault proxy: ready when the
// database answers and the access log can be written, not ready while the database is away, ready again when
// it is back, and stopped cleanly by SIGTERM.
const ROOT = resolve(__dirname, '../..');
let database: TestDatabase;
let postgres: FaultProxy;

beforeAll(async () => {
  database = await createTestDatabase('subgraph_process');
  const url = new URL(database.url);
  postgres = await startFaultProxy({ host: url.hostname, port: Number(url.port || 5432) });
});

afterAll(async () => {
  await postgres?.close();
  await database?.drop();
});

interface Readyz {
  status: string;
  checks: Record<string, { status: string; reason?: string }>;
}

async function readyz(url: string): Promise<{ status: number; report: Readyz }> {
  const answer = await fetch(url.replace('/graphql', '/readyz'));
  return { status: answer.status, report: (await answer.json()) as Readyz };
}

it('is ready with its database, not while it is away, ready again when it is back, and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'citizen360-subgraph-'));
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'app/subgraph.ts', 'population'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: postgres.via(database.url),
      HUB_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
      POPULATION_PORT: '0',
      REDIS_URL: '',
      LOG_LEVEL: 'info',
      AUDIT_KEY_FILE: join(dir, 'audit.pem'),
      DEV_ISSUER_KEY_FILE: join(dir, 'issuer.jwk'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the subgraph did not start:\n${output}`)), 45_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /"msg":"subgraph listening","url":"(http:[^"]+)"/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        ready(found);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
  try {
    expect(await readyz(url)).toEqual({
      status: 200,
      report: { status: 'ready', checks: { database: { status: 'ok' }, 'access log': { status: 'ok' } } },
    });
    postgres.set({ kind: 'refuse' });
    const away = await readyz(url);
    expect(away.status).toBe(503);
    expect(away.report.status).toBe('not-ready');
    expect(away.report.checks.database.status).toBe('down');
    expect(JSON.stringify(away.report)).not.toMatch(/127\.0\.0\.1|postgres:/);
    postgres.set({ kind: 'pass' });
    // Back by itself: the pools make new connections.
    let back = await readyz(url);
    for (let i = 0; i < 50 && back.status !== 200; i += 1) {
      await new Promise((done) => setTimeout(done, 200));
      back = await readyz(url);
    }
    expect(back.report.status).toBe('ready');
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
