import { CACHE_HEADER } from '../../gateway/plugins/response-cache';
import { redisKeyValue, type KeyValue } from '../../hub/kv';
import { redisPubSub, type PubSub } from '../../hub/pubsub';
import { LegalBasis } from '../../schema/legal-bases';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { insertAccessRule } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// Redis is a helper: with it gone (refused, silent, or accepting and closing), reads and mutations go on without
// it, consent changes hold at once, and nothing cached before the outage is trusted after it if it might be stale.
const REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
let database: TestDatabase;
let stack: Stack;
let redis: FaultProxy;
let kv: KeyValue;
let pubsub: PubSub;
let nik: string;

beforeAll(async () => {
  database = await createTestDatabase('redis_outage');
  await seedPopulation(database.pool, { citizens: 300, seed: 'redis-outage' });
  [nik] = await sampleNiks(database.pool, 1);
  await insertAccessRule(database.url, {
    clientId: 'outage-app',
    purpose: 'LICENSE_APPLICATION',
    scopes: ['population.identity', 'health.coverage'],
    legalBasis: LegalBasis.CONSENT,
  });
  redis = await startFaultProxy({ host: REDIS.hostname, port: Number(REDIS.port || 6379) });
  const url = `redis://127.0.0.1:${redis.port}`;
  const prefix = `c360-test-outage-${process.pid}-${Date.now()}:`;
  kv = await redisKeyValue(url, prefix, { commandMs: 200, firstConnectMs: 1_000 });
  pubsub = await redisPubSub(url, prefix, { commandMs: 200, firstConnectMs: 1_000 });
  stack = await startStack(database.url, { kv, pubsub, responseCacheTtlSeconds: 60 });
});

afterAll(async () => {
  await stack?.stop();
  await Promise.all([kv?.close(), pubsub?.close()]);
  await redis?.close();
  await database?.drop();
});

const officer = async () => ({
  authorization: `Bearer ${await stack.token('officer', { client: 'outage-app', purpose: 'LICENSE_APPLICATION' })}`,
});
const citizen = async () => ({
  authorization: `Bearer ${await stack.token('citizen', { nik, client: 'citizen-app' })}`,
});
const read = async () =>
  stack.post(
    `query Outage${process.pid}($n: NIK!) { citizen(nik: $n) { fullName bpjsMembership { status } } }`,
    { n: nik },
    await officer(),
  );
const grant = async () =>
  stack.post(
    `mutation { grantConsent(input: { clientId: "outage-app", purpose: "LICENSE_APPLICATION", scopes:
      ["population.identity", "health.coverage"] }) { id } }`,
    undefined,
    await citizen(),
  );
const revoke = async (id: string) =>
  stack.post('mutation ($id: ID!) { revokeConsent(id: $id) { id } }', { id }, await citizen());

/** Until Redis answers through the proxy again (the clients reconnect by themselves). */
async function untilBack(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (
      await kv.get('probe').then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('Redis did not come back');
}

describe.each([['refuse'], ['stall'], ['accept-then-close']] as const)('with Redis %s', (fault) => {
  it('reads and changes consent without it; a revocation holds at once; no stale answer after', async () => {
    await untilBack();
    const granted = await grant();
    expect(granted.body.errors).toBeUndefined();
    const id = granted.body.data.grantConsent.id as string;
    await read();
    expect((await read()).headers.get(CACHE_HEADER)).toBe('hit');

    redis.set({ kind: fault });
    // Served in full, without the cache.
    const during = await read();
    expect(during.body.errors).toBeUndefined();
    expect(during.body.data.citizen.bpjsMembership).not.toBeNull();
    expect(during.headers.get(CACHE_HEADER)).toBeNull();
    // The revocation is committed and holds on the very next request.
    const revoked = await revoke(id);
    expect(revoked.body.errors).toBeUndefined();
    const refused = await read();
    expect(refused.body.data.citizen).toBeNull();
    expect(refused.body.errors![0].extensions?.code).toBe('CONSENT_REQUIRED');
    const {
      rows: [{ n }],
    } = await database.pool.query('select count(*)::int as n from consent.consent_event where consent_id = $1', [id]);
    expect(n).toBe(2);

    // Back: the answer cached before the revocation is never served again.
    redis.set({ kind: 'pass' });
    await untilBack();
    const after = await read();
    expect(after.body.data.citizen).toBeNull();
    expect(after.headers.get(CACHE_HEADER)).not.toBe('hit');
  });
});
