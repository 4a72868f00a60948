import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import parsePrometheus from 'parse-prometheus-text-format';
import { postGraphQL } from '../support/stack';
import { plantHealthWorker } from '../support/fixtures';
import { sampleHealthWorker, seedPopulation } from '../../seeds/load';

// `npm start` as a new user runs it: the real entry point in a child process, on the embedded database and on
// DATABASE_URL, queried over HTTP with the NIKs it prints.
const ROOT = resolve(__dirname, '../..');

interface Started {
  child: ChildProcess;
  url: string;
  samples: string[];
  output: string;
}

interface Sent {
  /** Settles once the whole request has been handed to the connection. */
  sent: Promise<void>;
  answer: Promise<{ status: number; requestId: string; body: { data?: unknown; errors?: unknown[] } }>;
}

/** Posts a GraphQL request on its own connection, telling apart "sent" from "answered". */
function sendGraphQL(url: string, query: string, variables: unknown, headers: Record<string, string>): Sent {
  let sent!: () => void;
  const request = httpRequest(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', ...headers },
  });
  const answer = new Promise<Awaited<Sent['answer']>>((done, fail) => {
    request.once('error', fail);
    request.once('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.once('error', fail);
      response.once('end', () =>
        done({
          status: response.statusCode!,
          requestId: String(response.headers['x-request-id']),
          body: JSON.parse(text),
        }),
      );
    });
  });
  // Connected (the server's kernel holds the connection) and written: not before both.
  const connected = new Promise<void>((done) =>
    request.once('socket', (socket) => (socket.connecting ? socket.once('connect', done) : done())),
  );
  const written = new Promise<void>((done) => (sent = done));
  request.end(JSON.stringify({ query, variables }), () => sent());
  return { sent: Promise.all([connected, written]).then(() => undefined), answer };
}

function startHubProcess(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'app/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`hub did not become ready:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /GraphQL:\s+(http:\/\/\S+)/.exec(output)?.[1];
      const samples = /Sample NIKs:\s+([0-9 ]+)\n/.exec(output)?.[1];
      if (url && samples) {
        clearTimeout(timer);
        done({ child, url, samples: samples.trim().split(/\s+/), output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`hub exited with ${code}:\n${output}`));
    });
  });
}

function stopHubProcess(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}

const QUERY = `query ($nik: NIK!) {
  citizen(nik: $nik) {
    fullName sex birthDate
    address { village { name district { regency { name } } } }
    family { members { relationship citizen { fullName } } }
    welfareDecile
    taxProfile { status filings { year } }
    bpjsMembership { cardNumber status }
    licences { sips { number } }
  }
}`;

/** `npm run token` as a user runs it, with the hub's environment. */
function token(env: Record<string, string>, ...args: string[]): string {
  return execFileSync(process.execPath, ['-r', '@swc-node/register', 'app/token.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  }).trim();
}

async function expectProfile(url: string, nik: string, env: Record<string, string>) {
  const { status, body } = await postGraphQL(
    url,
    QUERY,
    { nik },
    { authorization: `Bearer ${token(env, '--role', 'citizen', '--nik', nik)}` },
  );
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const citizen = body.data.citizen;
  expect(citizen.fullName.length).toBeGreaterThan(2);
  expect(citizen.address.village.district.regency.name.length).toBeGreaterThan(2);
  expect(citizen.family.members.some((m: { relationship: string }) => m.relationship === 'HEAD')).toBe(true);
  // The sample NIKs have data in every agency.
  expect(citizen.welfareDecile).toBeGreaterThanOrEqual(1);
  expect(citizen.taxProfile.status).toBe('ACTIVE');
  expect(citizen.bpjsMembership.status).toBe('ACTIVE');
  expect(citizen.licences.sips).toEqual(expect.any(Array));
  return citizen;
}

describe('npm start', () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'citizen360-start-'));
    env = {
      DATA_DIR: dataDir,
      SEED_CITIZENS: '400',
      DEV_ISSUER_KEY_FILE: join(dataDir, 'dev-issuer.jwk'),
      AUDIT_KEY_FILE: join(dataDir, 'audit-signing.pem'),
      AUDIT_WITNESS_FILE: join(dataDir, 'audit-witness.json'),
      INSIGHTS_KEY_FILE: join(dataDir, 'insights.key'),
      PAIRWISE_KEY_FILE: join(dataDir, 'pairwise.key'),
    };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on the embedded database, seeds once, answers the sample query, and keeps its data across restarts', async () => {
    const first = await startHubProcess(env);
    let firstProfile;
    try {
      expect(first.samples).toHaveLength(3);
      expect(first.output).toMatch(/generating a synthetic population/);
      firstProfile = await expectProfile(first.url, first.samples[0], env);
      const anonymous = await postGraphQL(first.url, QUERY, { nik: first.samples[0] });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      // A mutation with an Idempotency-Key is answered on the one-connection embedded database (it used to
      // wait forever for a second connection), and so is what follows it.
      const citizen = token(env, '--role', 'citizen', '--nik', first.samples[0]);
      const keyed = await postGraphQL(
        first.url,
        `mutation { grantConsent(input: { clientId: "sip-online", purpose: "LICENSE_APPLICATION",
          scopes: ["population.identity"] }) { id } }`,
        undefined,
        { authorization: `Bearer ${citizen}`, 'idempotency-key': 'embedded-key-0001' },
      );
      expect(keyed.body.errors).toBeUndefined();
      expect(keyed.body.data.grantConsent.id).toMatch(/^[0-9a-f-]{36}$/);
      await expectProfile(first.url, first.samples[0], env);
      // The embedded database's files are the running hub's: an import started beside it is refused, not let in to
      // corrupt them.
      const beside = spawnSync(process.execPath, ['-r', '@swc-node/register', 'app/import.ts', 'oss', dataDir], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      expect(beside.status).toBe(1);
      expect(beside.stderr).toContain(`is in use by process ${first.child.pid}`);
    } finally {
      expect(await stopHubProcess(first.child)).toBe(0);
    }
    // The profile read is on the access log, which verifies against its signed checkpoints (hub stopped).
    const verified = execFileSync(process.execPath, ['-r', '@swc-node/register', 'app/audit-verify.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(verified).toMatch(/^Access log OK: [1-9][0-9]* events? under [1-9][0-9]* signed checkpoints?/);
    const second = await startHubProcess(env);
    try {
      expect(second.output).not.toMatch(/generating a synthetic population/);
      expect(second.samples).toEqual(first.samples);
      expect(await expectProfile(second.url, second.samples[0], env)).toEqual(firstProfile);
    } finally {
      expect(await stopHubProcess(second.child)).toBe(0);
    }
  });

  describe('with DATABASE_URL', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase('start');
    });
    afterAll(() => database?.drop());

    it('finishes the requests in flight when stopped, each on the record, and exits 0', async () => {
      // Deadlines far off: on a busy machine these eight heavy requests may take longer than a subgraph's usual
      // timeout, and what is tried here is the stop, not the deadlines.
      const hub = await startHubProcess({
        ...env,
        DATABASE_URL: database.url,
        SEED_CITIZENS: '300',
        REQUEST_BUDGET_MS: '120000',
        SUBGRAPH_TIMEOUT_MS: '120000',
      });
      const { rows } = await database.pool.query<{ nik: string }>('select nik from population.citizen limit 100');
      const niks = rows.map((r) => r.nik);
      // A service on a public-task rule: every person of the hundred is released, so every answer is whole.
      const officer = token(env, '--role', 'officer', '--client', 'siks-ng', '--purpose', 'SOCIAL_ASSISTANCE');
      const heavy = `query ($n: [NIK!]!) { citizens(niks: $n) { nik fullName religion address { village { name
        district { regency { name } } } } family { members { citizen { fullName } } } welfareDecile
        eligibility { pkh } bpjsMembership { status } } }`;
      const requests = Array.from({ length: 8 }, () =>
        sendGraphQL(hub.url, heavy, { n: niks }, { authorization: `Bearer ${officer}` }),
      );
      // Stopped once every request is on its way.
      await Promise.all(requests.map((r) => r.sent));
      const exited = stopHubProcess(hub.child);
      const answered = await Promise.all(requests.map((r) => r.answer));
      expect(answered.map((a) => [a.status, a.body.errors])).toEqual(Array(8).fill([200, undefined]));
      expect(await exited).toBe(0);
      // Every answer's release is in the access log: written before it left, and nothing lost in the stop.
      for (const answer of answered) {
        const {
          rows: [{ n }],
        } = await database.pool.query(
          'select count(distinct nik)::int as n from audit.access_event where request_id = $1 and nik = any($2)',
          [answer.requestId, niks],
        );
        expect(n).toBe(100);
      }
    });

    it('stops when the npm process that started it is stopped', async () => {
      const npm = spawn('npm', ['start'], {
        cwd: ROOT,
        env: { ...process.env, ...env, DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const url = await new Promise<string>((done, fail) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const found = /GraphQL:\s+(http:\/\/\S+)/.exec(output)?.[1];
          if (found) done(found);
        };
        npm.stdout!.on('data', onData);
        npm.stderr!.on('data', onData);
        npm.once('exit', (code) => fail(new Error(`npm start exited with ${code}:\n${output}`)));
      });
      npm.removeAllListeners('exit');
      npm.kill('SIGTERM');
      // The hub itself goes: its port stops answering.
      for (;;) {
        const reachable = await fetch(url.replace('/graphql', '/healthz')).then(
          () => true,
          () => false,
        );
        if (!reachable) break;
        await new Promise((done) => setTimeout(done, 200));
      }
    });

    it('uses that PostgreSQL, seeds it, answers the sample query, and is counted on its metrics port', async () => {
      const hub = await startHubProcess({
        ...env,
        DATABASE_URL: database.url,
        SEED_CITIZENS: '300',
        METRICS_PORT: '0',
      });
      try {
        expect(hub.output).toContain('Database:    DATABASE_URL');
        await expectProfile(hub.url, hub.samples[1], env);
        // Ready, with each dependency's state: the access log and every subgraph; Redis is not configured.
        const ready = await fetch(hub.url.replace('/graphql', '/readyz'));
        const report = (await ready.json()) as { status: string; checks: Record<string, { status: string }> };
        expect([ready.status, report.status]).toEqual([200, 'ready']);
        expect(Object.keys(report.checks)).toEqual(
          expect.arrayContaining(['access log', 'subgraph population', 'subgraph insights']),
        );
        expect(Object.values(report.checks).every((check) => check.status === 'ok')).toBe(true);
        // Prometheus text on a port of its own, read by a Prometheus text parser: the profile request, its
        // subgraph calls, its decisions and their access-log commit are counted; the process's own metrics too.
        const metricsUrl = /Metrics:\s+(http:\/\/\S+)/.exec(hub.output)?.[1];
        expect(metricsUrl).toMatch(/\/metrics$/);
        expect((await fetch(metricsUrl!.replace('/metrics', '/graphql'))).status).toBe(404);
        const scraped = await fetch(metricsUrl!);
        expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
        const text = await scraped.text();
        expect(text).not.toContain(hub.samples[1]);
        const families = new Map(parsePrometheus(text).map((family) => [family.name, family]));
        const samples = (name: string) => families.get(name)?.metrics ?? [];
        expect(samples('c360_requests_total')).toContainEqual({
          labels: { operation: 'query:anonymous', outcome: 'ok', code: 'none' },
          value: '1',
        });
        // Histograms by their `_count` lines (the parser folds labelled histograms whose `le` comes first).
        const count = (name: string, labels: string) =>
          Number(new RegExp(`^${name}_count${labels ? `\\{${labels}\\}` : ''} ([0-9]+)$`, 'm').exec(text)?.[1] ?? 0);
        expect(count('c360_subgraph_request_duration_seconds', 'subgraph="population",outcome="ok"')).toBeGreaterThan(
          0,
        );
        expect(count('c360_access_log_commit_seconds', '')).toBeGreaterThanOrEqual(1);
        expect(samples('c360_subgraph_breaker_state')).toContainEqual({ labels: { subgraph: 'tax' }, value: '0' });
        expect(samples('c360_decisions_total')).toContainEqual(
          expect.objectContaining({ labels: { outcome: 'ALLOWED', code: 'none' } }),
        );
        expect(samples('c360_pool_connections')).toContainEqual(
          expect.objectContaining({ labels: { pool: 'access-log', state: 'idle' } }),
        );
        expect(families.get('process_cpu_seconds_total')?.type).toBe('COUNTER');
      } finally {
        expect(await stopHubProcess(hub.child)).toBe(0);
      }
    });

    it('prints a health worker who may apply for a SIP, whose application then meets every requirement', async () => {
      // Seeded as the hub seeds it when this test runs alone; then one adult with a JKN membership is made a nurse
      // with a lifetime STR, no SIP, active JKN and the returns filed that the tax status asks for now.
      const { pool } = database;
      if (Number((await pool.query('select count(*) from population.citizen')).rows[0].count) === 0)
        await seedPopulation(pool, { citizens: 300, seed: 'citizen360' });
      await plantHealthWorker(pool);
      const expected = await sampleHealthWorker(pool);
      const hub = await startHubProcess({ ...env, DATABASE_URL: database.url });
      try {
        const applicant = /Applicant:\s+([0-9]{16})/.exec(hub.output)?.[1];
        expect(applicant).toBe(expected);
        // The walk-through's first step: the applicant applies with their own token, and nothing is missing.
        const { body } = await postGraphQL(
          hub.url,
          `mutation ($nik: NIK!) { applyForLicence(nik: $nik, type: SIP,
            practiceLocation: { name: "Klinik Pratama Sehat Bersama", regencyCode: "31.74" }) {
              status unmetRequirements } }`,
          { nik: applicant },
          { authorization: `Bearer ${token(env, '--role', 'citizen', '--nik', applicant!)}` },
        );
        expect(body.errors).toBeUndefined();
        expect(body.data.applyForLicence).toEqual({ status: 'SUBMITTED', unmetRequirements: [] });
      } finally {
        expect(await stopHubProcess(hub.child)).toBe(0);
      }
    });
  });

  it('tells at once that its port is taken, before any migration or seeding', async () => {
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    const { port } = holder.address() as AddressInfo;
    const fresh = mkdtempSync(join(tmpdir(), 'c360-busy-'));
    try {
      const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'app/main.ts'], {
        cwd: ROOT,
        env: { ...process.env, ...env, DATA_DIR: fresh, PORT: String(port), LOG_LEVEL: 'warn' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`127.0.0.1:${port} is in use by another process: stop it, or set PORT`);
      expect(result.stderr).not.toMatch(/generating a synthetic population/);
      // Nothing was created: the embedded database was never opened.
      expect(readdirSync(fresh)).toEqual([]);
    } finally {
      holder.close();
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('stops with a message naming a bad variable', async () => {
    await expect(startHubProcess({ ...env, PORT: 'eighty' })).rejects.toThrow(/PORT must be a whole number/);
  });
});
