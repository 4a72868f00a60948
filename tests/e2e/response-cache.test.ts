import { redisKeyValue, type KeyValue } from '../../hub/kv';
import { CACHE_HEADER } from '../../gateway/plugins/response-cache';
import { LegalBasis } from '../../schema/legal-bases';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertAccessRule } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// Officers' repeated answers reused from Redis, and never once what they rest on has changed: a revoked or
// expired consent, a rule change, a mutation about the person.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let database: TestDatabase;
let stack: Stack;
let kv: KeyValue;
let nik: string;

beforeAll(async () => {
  database = await createTestDatabase('answer_cache');
  await seedPopulation(database.pool, { citizens: 400, seed: 'answer-cache' });
  [nik] = await sampleNiks(database.pool, 1);
  await insertAccessRule(database.url, {
    clientId: 'cache-app',
    purpose: 'LICENSE_APPLICATION',
    scopes: ['population.identity', 'health.coverage'],
    legalBasis: LegalBasis.CONSENT,
  });
  // A prefix of this run's own, as each deployment has (config REDIS_PREFIX).
  kv = await redisKeyValue(REDIS_URL, `c360-test-${process.pid}-${Date.now()}:`);
  stack = await startStack(database.url, { kv, responseCacheTtlSeconds: 60 });
});

afterAll(async () => {
  await stack?.stop();
  await kv?.close();
  await database?.drop();
});

const officer = async () => ({
  authorization: `Bearer ${await stack.token('officer', { client: 'cache-app', purpose: 'LICENSE_APPLICATION' })}`,
});
const citizen = async () => ({
  authorization: `Bearer ${await stack.token('citizen', { nik, client: 'citizen-app' })}`,
});
// A query of this test's own (with a marker no other test or run uses), so earlier runs' entries cannot answer it.
const read = async (marker = 'first') =>
  stack.post(
    `query Read${marker}${process.pid}($n: NIK!) { citizen(nik: $n) { fullName bpjsMembership { status } } }`,
    { n: nik },
    await officer(),
  );
const grant = async (extra = '') =>
  (
    await stack.post(
      `mutation { grantConsent(input: { clientId: "cache-app", purpose: "LICENSE_APPLICATION", scopes:
        ["population.identity", "health.coverage"]${extra} }) { id } }`,
      undefined,
      await citizen(),
    )
  ).body.data.grantConsent.id as string;
const eventsFor = async (requestId: string | null) =>
  Number(
    (await database.pool.query('select count(*) as n from audit.access_event where request_id = $1', [requestId]))
      .rows[0].n,
  );

describe('the answer cache', () => {
  it('serves a repeated read from Redis, logged as a release like any other', async () => {
    const id = await grant();
    const first = await read();
    const second = await read();
    expect(first.headers.get(CACHE_HEADER)).toBe('miss');
    expect(second.headers.get(CACHE_HEADER)).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(second.body.data.citizen.bpjsMembership).not.toBeNull();
    // The hit is on the record: its own event, with the consent it rests on.
    expect(await eventsFor(second.headers.get('x-request-id'))).toBe(1);
    const {
      rows: [event],
    } = await database.pool.query('select consent_ids, decision from audit.access_event where request_id = $1', [
      second.headers.get('x-request-id'),
    ]);
    expect(event).toEqual({ consent_ids: [id], decision: 'ALLOWED' });
    await stack.post(`mutation { revokeConsent(id: "${id}") { status } }`, undefined, await citizen());
  });

  it('never serves an answer after the consent it rests on is revoked', async () => {
    const id = await grant();
    await read('revoke');
    expect((await read('revoke')).headers.get(CACHE_HEADER)).toBe('hit');
    await stack.post(`mutation { revokeConsent(id: "${id}") { status } }`, undefined, await citizen());
    const after = await read('revoke');
    expect(after.headers.get(CACHE_HEADER)).toBe('miss');
    expect(after.body.data.citizen).toBeNull();
    expect(after.body.errors![0].extensions!.code).toBe('CONSENT_REQUIRED');
  });

  it('never serves an answer past the end of its consent', async () => {
    const {
      rows: [{ id }],
    } = await database.pool.query(
      `insert into consent.consent_event (consent_id, kind, nik, client_id, purpose, scopes, valid_from, valid_until,
        receipt)
       values (gen_random_uuid(), 'GRANTED', $1, 'cache-app', 'LICENSE_APPLICATION',
       '{population.identity,health.coverage}', now() - interval '1 day', now() + interval '1500 milliseconds', '{}')
       returning consent_id as id`,
      [nik],
    );
    expect((await read('expiry')).body.errors).toBeUndefined();
    expect((await read('expiry')).headers.get(CACHE_HEADER)).toBe('hit');
    await new Promise((done) => setTimeout(done, 1600));
    const after = await read('expiry');
    expect(after.headers.get(CACHE_HEADER)).toBe('miss');
    expect(after.body.errors![0].extensions!.code).toBe('CONSENT_EXPIRED');
    expect(id).toBeTruthy();
  });

  it('stops serving answers when a steward changes the rules', async () => {
    const id = await grant();
    await read('rules');
    expect((await read('rules')).headers.get(CACHE_HEADER)).toBe('hit');
    const steward = { authorization: `Bearer ${await stack.token('steward')}` };
    await stack.post(
      'mutation { setAccessRule(reason: "narrowed", input: { clientId: "cache-app", purpose: "LICENSE_APPLICATION", ' +
        'scopes: ["population.identity"], legalBasis: CONSENT, legalReference: "UU PDP Pasal 20(2) huruf a" }) { ' +
        'version } }',
      undefined,
      steward,
    );
    const after = await read('rules');
    expect(after.headers.get(CACHE_HEADER)).toBe('miss');
    expect(after.body.errors!.map((e) => e.extensions!.code)).toEqual(['PURPOSE_NOT_ALLOWED']);
    await stack.post(`mutation { revokeConsent(id: "${id}") { status } }`, undefined, await citizen());
  });

  it('caches nothing for roles other than officers, nor answers with errors', async () => {
    const mine = async () =>
      stack.post(`query Mine${process.pid}($n: NIK!) { citizen(nik: $n) { fullName } }`, { n: nik }, await citizen());
    await mine();
    expect((await mine()).headers.get(CACHE_HEADER)).toBeNull();
    const refused = async () =>
      stack.post(
        `query Refused${process.pid}($n: NIK!) { citizen(nik: $n) { fullName } }`,
        { n: nik },
        await officer(),
      );
    await refused();
    expect((await refused()).headers.get(CACHE_HEADER)).toBe('miss');
  });

  it("never reuses an MPP's work queue: an application by someone it did not list shows at once", async () => {
    const queue = async () =>
      // As the stack's officer (test-client, LICENSE_APPLICATION: every agency scope, a public task).
      stack.post(`query Queue${process.pid} { serviceQueue(mppId: "mpp-3404") { id } }`);
    const before = await queue();
    expect(before.body.data.serviceQueue).toEqual([]);
    const applied = await stack.post(
      'mutation ($n: NIK!) { applyForPbiJk(nik: $n, mppId: "mpp-3404") { id } }',
      { n: nik },
      await citizen(),
    );
    expect(applied.body.errors).toBeUndefined();
    const after = await queue();
    expect(after.headers.get(CACHE_HEADER)).toBeNull();
    expect(after.body.data.serviceQueue).toEqual([{ id: applied.body.data.applyForPbiJk.id }]);
  });
});
