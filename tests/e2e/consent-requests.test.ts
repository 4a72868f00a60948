import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// Consent asked for at the counter, through the gateway: an officer of SIP Online (whose rule for
// LICENSE_APPLICATION rests on consent) asks a citizen; the citizen sees the request, on their log too, and approves
// it (the consent is granted and the officer's next lookup is released) or declines it. Only the citizen asked can
// answer, once; only a service that asks for consent can ask, and only for what its rule lists.
let database: TestDatabase;
let stack: Stack;
let niks: string[];

beforeAll(async () => {
  database = await createTestDatabase('consent_requests');
  await seedPopulation(database.pool, { citizens: 300, seed: 'consent-requests-e2e' });
  niks = await sampleNiks(database.pool, 5);
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const bearer = async (
  role: 'citizen' | 'officer',
  options: { nik?: string; client?: string; purpose?: string; subject?: string } = {},
) => ({ authorization: `Bearer ${await stack.token(role, options)}` });
const asOfficer = async (query: string, variables?: Record<string, unknown>, client = 'sip-online') =>
  stack.post(query, variables, await bearer('officer', { client, purpose: 'LICENSE_APPLICATION' }));
const asCitizen = async (nik: string, query: string, variables?: Record<string, unknown>) =>
  stack.post(query, variables, await bearer('citizen', { nik, client: 'citizen-app' }));

const REQUEST = `mutation ($nik: NIK!, $scopes: [String!]) {
  requestConsent(nik: $nik, scopes: $scopes) { id status scopes requestedAt expiresAt client { id } purpose { code } }
}`;
const ANSWER = `mutation ($id: ID!, $approve: Boolean!) {
  answerConsentRequest(id: $id, approve: $approve) { id status answeredAt consentId }
}`;
const MINE = `{ me { consentRequests { id status scopes client { name } purpose { code } }
  consents { id status scopes } } }`;
const LOOKUP = 'query ($nik: NIK!) { citizen(nik: $nik) { fullName } }';
const code = (body: { errors?: { extensions?: { code?: unknown } }[] }) => body.errors?.[0]?.extensions?.code;

describe('consent requests', () => {
  it('lets an officer ask, the citizen see it (and on their log) and approve it: the next lookup is released', async () => {
    const [nik] = niks;
    expect(code((await asOfficer(LOOKUP, { nik })).body)).toBe('CONSENT_REQUIRED');
    const asked = await asOfficer(REQUEST, { nik });
    expect(asked.body.errors).toBeUndefined();
    const request = asked.body.data.requestConsent;
    expect(request).toMatchObject({
      status: 'PENDING',
      client: { id: 'sip-online' },
      purpose: { code: 'LICENSE_APPLICATION' },
    });
    // What SIP Online's consent rule lists, all of it.
    expect(request.scopes).toEqual(expect.arrayContaining(['population.identity', 'population.address']));
    expect(new Date(request.expiresAt).getTime() - new Date(request.requestedAt).getTime()).toBe(7 * 86_400_000);
    // Asking again while it waits is the same request, not a second one.
    expect((await asOfficer(REQUEST, { nik })).body.data.requestConsent.id).toBe(request.id);

    const mine = await asCitizen(nik, MINE);
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data.me.consentRequests).toEqual([
      {
        id: request.id,
        status: 'PENDING',
        scopes: request.scopes,
        client: { name: 'SIP Online' },
        purpose: { code: 'LICENSE_APPLICATION' },
      },
    ]);
    const log = await asCitizen(
      nik,
      '{ me { accessLog(first: 5) { entries { kind client { id } categories { scope } } } } }',
    );
    expect(log.body.data.me.accessLog.entries[0]).toMatchObject({
      kind: 'CONSENT_REQUESTED',
      client: { id: 'sip-online' },
    });

    const approved = await asCitizen(nik, ANSWER, { id: request.id, approve: true });
    expect(approved.body.errors).toBeUndefined();
    expect(approved.body.data.answerConsentRequest).toMatchObject({
      status: 'APPROVED',
      consentId: expect.any(String),
    });
    const after = (await asCitizen(nik, MINE)).body.data.me;
    expect(after.consents).toEqual([
      { id: approved.body.data.answerConsentRequest.consentId, status: 'ACTIVE', scopes: request.scopes },
    ]);
    expect((await asOfficer(LOOKUP, { nik })).body.data).toEqual({ citizen: { fullName: expect.any(String) } });
    // Answered once: a second answer is a conflict, and nothing more is granted.
    expect(code((await asCitizen(nik, ANSWER, { id: request.id, approve: true })).body)).toBe('CONFLICT');
    expect(code((await asCitizen(nik, ANSWER, { id: request.id, approve: false })).body)).toBe('CONFLICT');
    expect((await asCitizen(nik, MINE)).body.data.me.consents).toHaveLength(1);
  });

  it('lets the citizen decline: nothing is granted and the officer is still refused', async () => {
    const nik = niks[1];
    const request = (await asOfficer(REQUEST, { nik, scopes: ['population.identity'] })).body.data.requestConsent;
    expect(request.scopes).toEqual(['population.identity']);
    const declined = await asCitizen(nik, ANSWER, { id: request.id, approve: false });
    expect(declined.body.data.answerConsentRequest).toMatchObject({ status: 'DECLINED', consentId: null });
    expect((await asCitizen(nik, MINE)).body.data.me.consents).toEqual([]);
    expect(code((await asOfficer(LOOKUP, { nik })).body)).toBe('CONSENT_REQUIRED');
    // Once answered, the officer may ask again: a new request.
    const again = (await asOfficer(REQUEST, { nik })).body.data.requestConsent;
    expect(again.id).not.toBe(request.id);
  });

  it('lets a request lapse after its week: it can no longer be approved, and a new one may be made', async () => {
    const nik = niks[3];
    const request = (await asOfficer(REQUEST, { nik })).body.data.requestConsent;
    await database.pool.query(
      `update consent.consent_request set expires_at = now() - interval '1 second' where id = $1`,
      [request.id],
    );
    expect((await asCitizen(nik, MINE)).body.data.me.consentRequests[0]).toMatchObject({ status: 'EXPIRED' });
    const late = await asCitizen(nik, ANSWER, { id: request.id, approve: true });
    expect(code(late.body)).toBe('CONFLICT');
    expect(late.body.errors![0].message).toBe('this consent request is expired: it can no longer be answered');
    const renewed = (await asOfficer(REQUEST, { nik })).body.data.requestConsent;
    expect(renewed).toMatchObject({ status: 'PENDING' });
    expect(renewed.id).not.toBe(request.id);
    const statuses = (await asCitizen(nik, MINE)).body.data.me.consentRequests.map((r: { status: string }) => r.status);
    expect(statuses).toEqual(['PENDING', 'EXPIRED']);
    expect((await asCitizen(nik, ANSWER, { id: renewed.id, approve: false })).body.errors).toBeUndefined();
  });

  it("answers another citizen's request id exactly like an unknown one", async () => {
    const [asked, stranger] = [niks[2], niks[1]];
    const request = (await asOfficer(REQUEST, { nik: asked })).body.data.requestConsent;
    const theirs = await asCitizen(stranger, ANSWER, { id: request.id, approve: true });
    const unknown = await asCitizen(stranger, ANSWER, { id: '00000000-0000-4000-8000-000000000000', approve: true });
    const garbage = await asCitizen(stranger, ANSWER, { id: "1' or '1'='1", approve: true });
    for (const response of [theirs, unknown, garbage]) {
      expect(code(response.body)).toBe('BAD_USER_INPUT');
      expect(response.body.errors![0].message).toBe('you have no consent request with this id');
    }
    expect(
      (await asCitizen(stranger, MINE)).body.data.me.consentRequests.map((r: { id: string }) => r.id),
    ).not.toContain(request.id);
    expect((await asCitizen(asked, MINE)).body.data.me.consentRequests[0].status).toBe('PENDING');
  });

  it('grants one consent however many approvals race, and keeps one pending request however many officers ask', async () => {
    const nik = niks[4];
    const requests = await Promise.all(
      Array.from({ length: 6 }, async (_, i) =>
        stack.post(
          REQUEST,
          { nik },
          await bearer('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION', subject: `officer-${i}` }),
        ),
      ),
    );
    const ids = new Set(requests.map((response) => response.body.data?.requestConsent?.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const answers = await Promise.all(Array.from({ length: 6 }, () => asCitizen(nik, ANSWER, { id, approve: true })));
    expect(answers.filter((response) => !response.body.errors).length).toBe(1);
    expect(answers.filter((response) => code(response.body) === 'CONFLICT').length).toBe(5);
    expect((await asCitizen(nik, MINE)).body.data.me.consents).toHaveLength(1);
    const { rows } = await database.pool.query(
      `select count(*)::int as n from audit.access_event where nik = $1 and kind = 'CONSENT_GRANTED'`,
      [nik],
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses a request from a service that does not ask for consent, for a scope outside its rule, or by a citizen', async () => {
    const nik = niks[0];
    const publicTask = await stack.post(
      REQUEST,
      { nik },
      await bearer('officer', { client: 'puskesmas-app', purpose: 'HEALTH_SERVICE' }),
    );
    expect(code(publicTask.body)).toBe('BAD_USER_INPUT');
    expect(publicTask.body.errors![0].message).toBe('client puskesmas-app does not ask for consent for HEALTH_SERVICE');
    const outside = await asOfficer(REQUEST, { nik, scopes: ['health.diagnoses'] });
    expect(code(outside.body)).toBe('BAD_USER_INPUT');
    expect(code((await asOfficer(REQUEST, { nik, scopes: ['no.such.scope'] })).body)).toBe('BAD_USER_INPUT');
    expect(code((await asCitizen(nik, REQUEST, { nik })).body)).toBe('FORBIDDEN');
  });
});
