import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';

// One subgraph as its own process (app/subgraph.ts): ready when its database answers and the access log can be
// written, and stopped cleanly by SIGTERM.
const ROOT = resolve(__dirname, '../..');
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('subgraph_process');
});

afterAll(async () => {
  await database?.drop();
});

it('says it is ready with its database and the access log, and stops on SIGTERM with exit 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'citizen360-subgraph-'));
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'app/subgraph.ts', 'population'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
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
    const answer = await fetch(url.replace('/graphql', '/readyz'));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      status: 'ready',
      checks: { database: { status: 'ok' }, 'access log': { status: 'ok' } },
    });
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
