import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { SUBGRAPHS } from '../../app/subgraphs';
import { LegalBasis } from '../../schema/legal-bases';
import { seedPopulation } from '../../seeds/load';
import { pgExecutor } from '../../policy/audit/access-log';
import { verifyLog } from '../../policy/audit/verify';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertAccessRule, TEST_OFFICER_RULE } from '../support/fixtures';
import { startPooler, type Pooler } from '../support/pgbouncer';
import { releasesOffTheRecord, reportFault, runLoad, type Outcome } from '../support/load';
import { startProcessStack, type HubProcess, type ProcessStack } from '../support/process-stack';
import { startRedisSentinel, type SentinelRedis } from '../support/redis-sentinel';
import { startReplicatedCluster, type ReplicatedCluster } from '../support/replica';
import type { GraphQLHttpResponse } from '../support/stack';

// The hub scaled out on one machine as behind a load balancer: nginx (Debian's package) in front of two gateway
// processes and of two instances of population, the other parts one process each, Redis shared, every process
// reaching PostgreSQL through PgBouncer in transaction mode (Debian's package): the primary for consent, rules,
// the access log and every write, a streaming replica (made by the test) for the agencies' records of a profile.
// Redis is a master and a replica watched by three Sentinels. Under a bounded load (8 requests at a time), one
// gateway and then one population instance are killed with SIGKILL (a crash, not a stop), and the Redis replica is
// promoted: only requests in flight on a killed process may fail, every release has its access event, and the log
// verifies. FAULT_REPORT=<file> appends the figures.
let cluster: ReplicatedCluster;
let redis: SentinelRedis;
let database: TestDatabase;
let stack: ProcessStack;
let pooler: Pooler;
let replicaPooler: Pooler;
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
  cluster = await startReplicatedCluster();
  database = await createTestDatabase('scale_out', { server: cluster.primaryUrl });
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
  // A client of its own whose officers read with the person's consent (the revocation below).
  await insertAccessRule(database.url, {
    clientId: 'replica-app',
    purpose: 'LICENSE_APPLICATION',
    scopes: ['population.identity'],
    legalBasis: LegalBasis.CONSENT,
  });
  await cluster.caughtUp();
  redis = await startRedisSentinel();
  pooler = await startPooler(database.url, SERVER_SETTINGS);
  replicaPooler = await startPooler(cluster.onReplica(database.url), SERVER_SETTINGS);
  stack = await startProcessStack(database.url, {
    databaseUrl: pooler.via(database.url),
    redisUrl: redis.url,
    gateways: 2,
    instances: { population: 2 },
    env: {
      REQUEST_BUDGET_MS: '10000',
      SUBGRAPH_TIMEOUT_MS: '8000',
      // A gateway's breaker counts failures in a row: the requests one crashed instance had in flight (at most
      // the load's 8) must not open it for the instance that serves on.
      SUBGRAPH_BREAKER_FAILURES: '12',
      DATABASE_REPLICA_URLS: replicaPooler.via(cluster.onReplica(database.url)),
    },
  });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await pooler?.stop();
  await replicaPooler?.stop();
  await database?.drop();
  await cluster?.stop();
  await redis?.stop();
});

/**
 * The load, with `fault` made once `after` answers have come back; also returns the answers to requests sent once
 * it was over (`fault` resolves then: none of those may be lost), and the most the replica was seen behind the
 * primary meanwhile.
 */
async function loadWithFault(fault: () => Promise<unknown>, after = 40) {
  const lag = { bytes: 0, ms: 0 };
  let loading = true;
  const watching = (async () => {
    while (loading) {
      const now = await cluster.lag();
      [lag.bytes, lag.ms] = [Math.max(lag.bytes, now?.bytes ?? 0), Math.max(lag.ms, now?.replayMs ?? 0)];
      await new Promise((done) => setTimeout(done, 50));
    }
  })();
  let made: Promise<unknown> | undefined;
  let gone = false;
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
      if (done.length === after && !made) made = fault().then(() => (gone = true));
    },
  }).finally(() => (loading = false));
  await watching;
  await made;
  return { outcomes, sentAfterKill, lag };
}

/** The load with `victim` killed by SIGKILL (a crash, not a stop). */
function loadWithCrash(victim: HubProcess) {
  return loadWithFault(() => {
    victim.child.kill('SIGKILL');
    return victim.exited;
  });
}

it('answers through the other gateway when one of two is killed, losing at most what it had in flight', async () => {
  const victim = stack.gateways[1];
  const { outcomes, sentAfterKill, lag } = await loadWithCrash(victim);
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
  await reportFault(
    database.pool,
    `scale-out, SIGKILL to one of two gateways (replica lag up to ${lag.ms.toFixed(1)} ms, ${lag.bytes} B)`,
    outcomes,
  );
});

it('answers through the other population instance when one of two is killed', async () => {
  const victim = stack.instances.population[1];
  const { outcomes, sentAfterKill, lag } = await loadWithCrash(victim);
  expect(await victim.exited).toBeNull();
  expect(outcomes.slice(0, 40).every(whole)).toBe(true);
  // A lost population call leaves the person out (the profile's root is population's): withheld, said so.
  const lost = outcomes.filter((o) => !whole(o));
  expect(lost.length).toBeLessThanOrEqual(CONCURRENCY);
  expect(lost.every((o) => o.status === 200 && !o.released && o.codes.includes('SUBGRAPH_UNAVAILABLE'))).toBe(true);
  expect(sentAfterKill.length).toBeGreaterThan(200);
  expect(sentAfterKill.filter((answer) => !released(answer) || answer.body.errors)).toEqual([]);
  expect(await releasesOffTheRecord(database.pool, outcomes)).toEqual([]);
  await reportFault(
    database.pool,
    `scale-out, SIGKILL to one of two population instances (replica lag up to ${lag.ms.toFixed(1)} ms, ${lag.bytes} B)`,
    outcomes,
  );
});

it('answers every request while the Redis replica is promoted, and every process moves to the new master', async () => {
  const { outcomes, sentAfterKill } = await loadWithFault(() => redis.promote());
  // Redis is a helper: while its connections move, calls fail at once and the hub goes on without them.
  expect(outcomes.filter((o) => !whole(o))).toEqual([]);
  expect(sentAfterKill.length).toBeGreaterThan(100);
  expect(await releasesOffTheRecord(database.pool, outcomes)).toEqual([]);
  const living = Object.values(stack.instances)
    .flat()
    .concat(stack.gateways)
    .filter((process) => process.child.exitCode === null && process.child.signalCode === null);
  // Each subgraph once (one population instance was killed above) and one gateway.
  expect(living.length).toBe(SUBGRAPHS.length + 1);
  for (const process of living)
    expect({ [process.name]: process.notices() }).toEqual({
      [process.name]: expect.stringContaining('redis master moved'),
    });
  await reportFault(database.pool, 'scale-out, the Redis replica promoted', outcomes);
});

it("reads the agencies' records from the replica, and consent from the primary: a revocation holds at once while the replica's replay is paused", async () => {
  const [nik] = niks;
  const name = async (headers?: Record<string, string>) =>
    (await stack.post('query ($n: NIK!) { citizen(nik: $n) { fullName } }', { n: nik }, headers)).body;
  const before = (await name()).data.citizen.fullName as string;
  const citizen = { authorization: `Bearer ${await stack.token('citizen', { nik, client: 'citizen-app' })}` };
  const consented = {
    authorization: `Bearer ${await stack.token('officer', { client: 'replica-app', purpose: 'LICENSE_APPLICATION' })}`,
  };
  await cluster.pauseReplay();
  try {
    // An agency's load renames the person on the primary: the profile shows the replica's copy until it replays.
    await database.pool.query("update population.citizen set full_name = full_name || ' Baru' where nik = $1", [nik]);
    expect((await name()).data.citizen.fullName).toBe(before);
    expect((await cluster.lag())?.bytes).toBeGreaterThan(0);
    // What the person decides is read from the primary: a grant and its revocation hold on the next request.
    const granted = await stack.post(
      `mutation { grantConsent(input: { clientId: "replica-app", purpose: "LICENSE_APPLICATION",
         scopes: ["population.identity"] }) { id } }`,
      undefined,
      citizen,
    );
    expect(granted.body.errors).toBeUndefined();
    expect((await name(consented)).data.citizen.fullName).toBe(before);
    const revoked = await stack.post(
      'mutation ($id: ID!) { revokeConsent(id: $id) { id } }',
      { id: granted.body.data.grantConsent.id },
      citizen,
    );
    expect(revoked.body.errors).toBeUndefined();
    const refused = await name(consented);
    expect(refused.data.citizen).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
  } finally {
    await cluster.resumeReplay();
  }
  await cluster.caughtUp();
  expect((await name()).data.citizen.fullName).toBe(`${before} Baru`);
});

it('answers from the primary when the replica crashes under load, and says it is degraded', async () => {
  const readiness = async () =>
    (await (await fetch(stack.subgraphUrls.population.replace(/\/graphql$/, '/readyz'))).json()) as {
      status: string;
      checks: Record<string, { status: string }>;
    };
  expect(await readiness()).toMatchObject({ status: 'ready', checks: { 'database replica 1': { status: 'ok' } } });
  const { outcomes } = await loadWithFault(() => cluster.stopReplica());
  expect(outcomes.filter((o) => !whole(o))).toEqual([]);
  expect(await readiness()).toMatchObject({ status: 'degraded', checks: { 'database replica 1': { status: 'down' } } });
  await reportFault(database.pool, 'scale-out, the PostgreSQL replica crashed', outcomes);
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
