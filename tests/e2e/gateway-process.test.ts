import { SUBGRAPHS } from '../../app/subgraphs';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';

// The stand-alone gateway (app/gateway.ts) as its own process: it reaches subgraphs only over HTTP, so it
// loads no subgraph module, and nothing of the seeds or connectors either.
const ROOT = resolve(__dirname, '../..');
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('gateway_process');
});

afterAll(async () => {
  await database?.drop();
});

interface Readyz {
  status: string;
  checks: Record<string, { status: string; reason?: string }>;
}

/**
 * Starts the gateway, waits until it listens, reads its `/readyz`, stops it with SIGTERM; returns the project
 * modules it loaded and what `/readyz` said.
 */
async function gatewayRun(): Promise<{ modules: string[]; ready: { status: number; report: Readyz } }> {
  const dir = mkdtempSync(join(tmpdir(), 'citizen360-gateway-'));
  const modulesFile = join(dir, 'modules.txt');
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', '-r', './tests/support/loaded-modules.ts', 'app/gateway.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        LOADED_MODULES_FILE: modulesFile,
        DATABASE_URL: database.url,
        HUB_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
        GATEWAY_WORKERS: '1',
        PORT: '0',
        REDIS_URL: '',
        LOG_LEVEL: 'info',
        AUDIT_KEY_FILE: join(dir, 'audit.pem'),
        DEV_ISSUER_KEY_FILE: join(dir, 'issuer.jwk'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the gateway did not start:\n${output}`)), 45_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('gateway listening')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', () => {
      clearTimeout(timer);
      fail(new Error(`the gateway exited while starting:\n${output}`));
    });
  });
  const url = /"url":"(http:[^"]+)"/.exec(output)![1];
  const answer = await fetch(url.replace('/graphql', '/readyz'));
  const ready = { status: answer.status, report: (await answer.json()) as Readyz };
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  return { modules: readFileSync(modulesFile, 'utf8').trim().split('\n'), ready };
}

describe('the stand-alone gateway process', () => {
  it('loads the gateway and what it stands on, and no subgraph, seed or connector module', async () => {
    const { modules, ready } = await gatewayRun();
    // Not ready while the subgraphs it routes to do not answer (none runs here); the access log is writable.
    expect(ready.status).toBe(503);
    expect(ready.report.status).toBe('not-ready');
    expect(ready.report.checks['access log']).toEqual({ status: 'ok' });
    expect(Object.keys(ready.report.checks).filter((name) => name.startsWith('subgraph '))).toHaveLength(
      SUBGRAPHS.length,
    );
    expect(ready.report.checks['subgraph population'].status).toBe('down');
    expect(JSON.stringify(ready.report)).not.toMatch(/127\.0\.0\.1|http:/);
    expect(modules).toContain('app/gateway.ts');
    expect(modules).toContain('gateway/server.ts');
    expect(modules.filter((path) => /^(subgraphs|seeds|connectors)\//.test(path))).toEqual([]);
  });
});
