import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { seedPopulation } from '../../seeds/load';
import { pgExecutor } from '../../policy/audit/access-log';
import { verifyLog } from '../../policy/audit/verify';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertAccessRule, TEST_OFFICER_RULE } from '../support/fixtures';
import { startPooler, type Pooler } from '../support/pgbouncer';
import { releasesOffTheRecord, reportFault, runLoad, type Outcome } from '../support/load';
import { startProcessStack, type HubProcess, type ProcessStack } from '../support/process-stack';
import type { GraphQLHttpResponse } from '../support/stack';

// The hub scaled out on one machine as behind a load balancer: nginx (Debian's package) in front of two gateway
// processes and of two instances of population, the other parts one process each, Redis shared, every process
// reaching PostgreSQL through PgBouncer in transaction mode (Debian's package). Under a bounded
// load (8 requests at a time), one gateway and then one population instance are killed with SIGKILL (a crash,
// not a stop): only requests in flight on the killed process may fail, every release has its access event, and
// the log verifies. FAULT_REPORT=<file> appends the figures.
let database: TestDatabase;
let stack: ProcessStack;
let pooler: Pooler;
let niks: string[];

/** The hub's own connection settings (its default timeouts), set by PgBouncer on each server connection. */
const SERVER_SETTINGS = {
  statement_timeout: '10000',
  lock_timeout: '2000',
  idle_in_transaction_session_timeout: '30000',
};

const CONCURRENCY = 8;
const PROFILE = 'query ($n: NIK!) { citizen(nik: $n) { fullName welfareDecile taxProfile { status } } }';
const released = (answer: GraphQLHttpResponse) => Boolean(answer.body.data?.citizen?.fullName);
const whole = (o: Outcome) => o.released && o.codes.length === 0;

beforeAll(async () => {
  database = await createTestDatabase('scale_out');
  await seedPopulation(database.pool, { citizens: 300, seed: 'scale-out' });
  niks = (
    await database.pool.query<{ nik: string }>(
      "select nik from tax.taxpayer where status = 'ACTIVE' order by nik limit 40",
    )
  ).rows.map((r) => r.nik);
  // The crashes are what is measured here, not the client's quota.
  await insertAccessRule(database.url, {
    ...TEST_OFFICER_RULE,
    quota: { requestsPerMinute: 100_000, personsPerHour: 100_000, personsPerDay: 1_000_000 },
  });
  pooler = await startPooler(database.url, SERVER_SETTINGS);
  stack = await startProcessStack(database.url, {
    databaseUrl: pooler.via(database.url),
    redisUrl: process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379',
    gateways: 2,
    instances: { population: 2 },
    env: {
      REQUEST_BUDGET_MS: '10000',
      SUBGRAPH_TIMEOUT_MS: '8000',
      // A gateway's breaker counts failures in a row: the requests one crashed instance had in flight (at most
      // the load's 8) must not open it for the instance that serves on.
      SUBGRAPH_BREAKER_FAILURES: '12',
    },
  });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await pooler?.stop();
  await database?.drop();
});

/**
 * The load, with `victim` killed once `after` answers have come back; also returns the answers to requests sent
 * once it had exited (none of those may be lost: only what the killed process had in flight may be).
 */
async function loadWithCrash(victim: HubProcess, after = 40) {
  let killed = false;
  let gone = false;
  void victim.exited.then(() => (gone = true));
  const sentAfterKill: GraphQLHttpResponse[] = [];
  const outcomes = await runLoad({
    sent: 320,
    concurrency: CONCURRENCY,
    niks,
    released,
    send: async (nik) => {
      const afterKill = gone;
      const answer = await stack.post(PROFILE, { n: nik });
      if (afterKill) sentAfterKill.push(answer);
      return answer;
    },
    onOutcome: (done) => {
      if (done.length === after && !killed) {
        killed = true;
        victim.child.kill('SIGKILL');
      }
    },
  });
  return { outcomes, sentAfterKill };
}

it('answers through the other gateway when one of two is killed, losing at most what it had in flight', async () => {
  const victim = stack.gateways[1];
  const { outcomes, sentAfterKill } = await loadWithCrash(victim);
  expect(await victim.exited).toBeNull();
  expect(outcomes.slice(0, 40).every(whole)).toBe(true);
  // What nginx had sent to the killed gateway is lost, said as such (never a wrong answer); nothing sent after.
  const lost = outcomes.filter((o) => !whole(o));
  expect(lost.length).toBeLessThanOrEqual(CONCURRENCY);
  expect(lost.every((o) => o.status === 502 && o.codes.join() === 'BAD_GATEWAY')).toBe(true);
  expect(sentAfterKill.length).toBeGreaterThan(200);
  expect(sentAfterKill.filter((answer) => !released(answer) || answer.body.errors)).toEqual([]);
  expect(await releasesOffTheRecord(database.pool, outcomes)).toEqual([]);
  // nginx saw the crash and took the gateway out of its rotation.
  expect(stack.balancerErrors()).toMatch(/Connection refused|prematurely closed|Connection reset/);
  await reportFault(database.pool, 'scale-out, SIGKILL to one of two gateways', outcomes);
});

it('answers through the other population instance when one of two is killed', async () => {
  const victim = stack.instances.population[1];
  const { outcomes, sentAfterKill } = await loadWithCrash(victim);
  expect(await victim.exited).toBeNull();
  expect(outcomes.slice(0, 40).every(whole)).toBe(true);
  // A lost population call leaves the person out (the profile's root is population's): withheld, said so.
  const lost = outcomes.filter((o) => !whole(o));
  expect(lost.length).toBeLessThanOrEqual(CONCURRENCY);
  expect(lost.every((o) => o.status === 200 && !o.released && o.codes.includes('SUBGRAPH_UNAVAILABLE'))).toBe(true);
  expect(sentAfterKill.length).toBeGreaterThan(200);
  expect(sentAfterKill.filter((answer) => !released(answer) || answer.body.errors)).toEqual([]);
  expect(await releasesOffTheRecord(database.pool, outcomes)).toEqual([]);
  await reportFault(database.pool, 'scale-out, SIGKILL to one of two population instances', outcomes);
});

it("reaches PostgreSQL through PgBouncer in transaction mode, with the hub's timeouts on every server connection", async () => {
  const client = new Client({ connectionString: pooler.via(database.url) });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock,
              current_setting('idle_in_transaction_session_timeout') as idle`,
    );
    expect(rows).toEqual([{ statement: '10s', lock: '2s', idle: '30s' }]);
  } finally {
    await client.end();
  }
});

it('keeps one verifiable access log written by every process', async () => {
  const publicKey = createPublicKey(readFileSync(join(stack.dir, 'audit.pem')));
  const verdict = await verifyLog(pgExecutor(database.pool), { publicKey });
  expect(verdict).toMatchObject({ kind: 'ok' });
  expect(verdict.kind === 'ok' && verdict.events).toBeGreaterThanOrEqual(600);
});
