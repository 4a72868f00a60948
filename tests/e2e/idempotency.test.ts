import { randomUUID } from 'node:crypto';
import { DEMO_RULES } from '../../seeds/catalogue';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// A mutation sent again with the same Idempotency-Key (its answer lost on the way, a client retrying) changes
// nothing a second time and gets the first answer; the same key with another request is refused.
let database: TestDatabase;
let stack: Stack;
let nik: string;

beforeAll(async () => {
  database = await createTestDatabase('idempotency');
  await seedPopulation(database.pool, { citizens: 200, seed: 'idempotency-e2e' });
  [nik] = await sampleNiks(database.pool, 1);
  // Answers kept from before the hub started: one past its 24 hours, one within them.
  await database.pool.query(
    `insert into consent.idempotent_request (subject, client_id, key, request_hash, response, created_at)
     values ('citizen:expired', 'citizen-app', 'old-key', 'h', '{}', now() - interval '25 hours'),
            ('citizen:kept', 'citizen-app', 'new-key', 'h', '{}', now() - interval '23 hours')`,
  );
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const GRANT = `mutation ($scopes: [String!]!) { grantConsent(input: { clientId: "sip-online",
  purpose: "LICENSE_APPLICATION", scopes: $scopes }) { id scopes } }`;
const IDENTITY = ['population.identity'];

async function grant(key: string | undefined, scopes = IDENTITY, who = nik) {
  const token = await stack.token('citizen', { nik: who, client: 'citizen-app' });
  return stack.post(
    GRANT,
    { scopes },
    { authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
  );
}

const consents = async () =>
  Number(
    (
      await database.pool.query(
        "select count(distinct consent_id) as n from consent.consent_event where nik = $1 and kind = 'GRANTED'",
        [nik],
      )
    ).rows[0].n,
  );

describe('Idempotency-Key on mutations', () => {
  it('deletes the answers kept past 24 hours once the subgraph starts, and keeps the others', async () => {
    const kept = async () =>
      (
        await database.pool.query<{ key: string }>(
          "select key from consent.idempotent_request where subject like 'citizen:%' order by key",
        )
      ).rows.map((row) => row.key);
    for (let i = 0; i < 50 && (await kept()).includes('old-key'); i += 1)
      await new Promise((done) => setTimeout(done, 100));
    expect(await kept()).toEqual(['new-key']);
  });

  it('answers a retry with the first answer and records one consent, on the record once', async () => {
    const before = await consents();
    const key = randomUUID();
    const first = await grant(key);
    expect(first.body.errors).toBeUndefined();
    const again = await grant(key);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await consents()).toBe(before + 1);
    // The grant is on the access log under the request that made it, and the retry made no second one.
    const recorded = async (requestId: string | null) =>
      Number(
        (
          await database.pool.query(
            "select count(*) as n from audit.access_event where request_id = $1 and kind = 'CONSENT_GRANTED'",
            [requestId],
          )
        ).rows[0].n,
      );
    expect(await recorded(first.headers.get('x-request-id'))).toBe(1);
    expect(await recorded(again.headers.get('x-request-id'))).toBe(0);
    // Without a key, the same request is a new grant.
    await grant(undefined);
    expect(await consents()).toBe(before + 2);
  });

  it('gives one consent to many retries at once, all with its answer', async () => {
    const before = await consents();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => grant(key)));
    const ids = new Set(answers.map((a) => a.body.data?.grantConsent?.id));
    expect(answers.map((a) => a.body.errors)).toEqual(Array(6).fill(undefined));
    expect(ids.size).toBe(1);
    expect(await consents()).toBe(before + 1);
  });

  it('refuses the key with another request (422), changing nothing', async () => {
    const key = randomUUID();
    await grant(key);
    const before = await consents();
    const other = await grant(key, ['population.identity', 'population.address']);
    expect(other.status).toBe(422);
    expect(other.body.errors![0].extensions).toEqual({ code: 'IDEMPOTENCY_KEY_REUSED', serviceName: 'consent' });
    expect(await consents()).toBe(before);
  });

  it('keeps nothing for a request that failed: its key is still free for the corrected one', async () => {
    const key = randomUUID();
    const refused = await grant(key, ['no.such-scope']);
    expect(refused.status).toBe(400);
    const before = await consents();
    const corrected = await grant(key);
    expect(corrected.body.errors).toBeUndefined();
    expect(await consents()).toBe(before + 1);
  });

  it("never gives one person's answer to another who sends the same key", async () => {
    const [other] = (
      await database.pool.query<{ nik: string }>('select nik from population.citizen where nik <> $1 limit 1', [nik])
    ).rows;
    const key = randomUUID();
    const mine = await grant(key);
    const theirs = await grant(key, IDENTITY, other.nik);
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data.grantConsent.id).not.toBe(mine.body.data.grantConsent.id);
    const {
      rows: [owner],
    } = await database.pool.query('select nik from consent.consent_event where consent_id = $1', [
      theirs.body.data.grantConsent.id,
    ]);
    expect(owner.nik).toBe(other.nik);
  });

  it('refuses a key of the wrong shape at the edge', async () => {
    for (const key of ['short', 'x'.repeat(129), 'has space in it', 'naïve-key-123']) {
      const answer = await grant(key);
      expect(answer.status).toBe(400);
      expect(answer.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('keyed mutations beyond the pool', () => {
  it('answers more keyed applications at once than the subgraph has connections, each deciding on consent', async () => {
    const { rows: nurses } = await database.pool.query<{ nik: string; regency_code: string }>(
      `select nik, substr(village_code, 1, 5) as regency_code from population.citizen where nik <> $1 limit 6`,
      [nik],
    );
    expect(nurses.length).toBe(6);
    // Everything the SIP Online desk's rule asks consent for.
    const scopes = DEMO_RULES.find((rule) => rule.clientId === 'sip-online')!.scopes;
    for (const nurse of nurses) expect((await grant(undefined, scopes, nurse.nik)).body.errors).toBeUndefined();
    // The SIP Online desk reads under the applicants' consent: every answer looks up their grants mid-transaction.
    const officer = await stack.token('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION' });
    const answers = await Promise.all(
      nurses.map((nurse) =>
        stack.post(
          `mutation ($nik: NIK!, $location: PracticeLocationInput!) {
             applyForLicence(nik: $nik, type: SIP, practiceLocation: $location) { id status applicant { fullName } }
           }`,
          { nik: nurse.nik, location: { name: 'Klinik Pratama Contoh', regencyCode: nurse.regency_code } },
          { authorization: `Bearer ${officer}`, 'idempotency-key': randomUUID() },
        ),
      ),
    );
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.applyForLicence.applicant.fullName).toEqual(expect.any(String));
    }
  });
});
