import { LegalBasis } from '../../schema/legal-bases';
import { AGENCY_SCOPES } from '../../schema/scopes';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { COUPLE, FAMILY_OF_SIX, insertAccessRule, insertFixtures } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// Each client's quota, set by the steward: over it, an officer is refused with 429 RATE_LIMITED and Retry-After,
// the refusal is on the access log, and stewards see which clients hit their ceilings.
let database: TestDatabase;
let stack: Stack;
const PURPOSE = 'LICENSE_APPLICATION';
const PROFILE = 'query ($nik: NIK!) { citizen(nik: $nik) { fullName } }';
const PEOPLE = [...FAMILY_OF_SIX.members, ...COUPLE.members].map((m) => m.nik);
const started = new Date(Date.now() - 1_000);

beforeAll(async () => {
  database = await createTestDatabase('quotas');
  await insertFixtures(database.url);
  for (const clientId of ['busy-client', 'curious-client'])
    await insertAccessRule(database.url, {
      clientId,
      purpose: PURPOSE,
      scopes: AGENCY_SCOPES,
      legalBasis: LegalBasis.PUBLIC_TASK,
    });
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const steward = async () => ({ authorization: `Bearer ${await stack.token('steward')}` });
const officerOf = async (client: string) => ({
  authorization: `Bearer ${await stack.token('officer', { client, purpose: PURPOSE })}`,
});

async function setQuota(clientId: string, quota: Record<string, number | null>) {
  const { status, body } = await stack.post(
    'mutation ($id: String!, $q: ClientQuotaInput!) { setClientQuota(clientId: $id, quota: $q, ' +
      'reason: "Quota for the test suite") { id requestsPerMinute personsPerHour personsPerDay } }',
    { id: clientId, q: quota },
    await steward(),
  );
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data.setClientQuota;
}

async function refusalEvents(clientId: string) {
  const { rows } = await database.pool.query<{ decision: string; reason: string }>(
    `select decision, reason from audit.access_event where client_id = $1 and reason like 'RATE_LIMITED:%'`,
    [clientId],
  );
  return rows;
}

/** The counts are per minute (and hour) of the clock: a run that straddles the turn would start afresh. */
async function awayFromMinuteBoundary() {
  const second = new Date().getUTCSeconds();
  if (second >= 50) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}

describe('a client over its request rate', () => {
  it('is refused with 429 RATE_LIMITED and Retry-After, and the refusal is on the access log', async () => {
    expect(await setQuota('busy-client', { requestsPerMinute: 3 })).toEqual({
      id: 'busy-client',
      requestsPerMinute: 3,
      personsPerHour: null,
      personsPerDay: null,
    });
    const officer = await officerOf('busy-client');
    await awayFromMinuteBoundary();
    for (let i = 0; i < 3; i += 1) {
      const { status, body } = await stack.post(PROFILE, { nik: PEOPLE[0] }, officer);
      expect([status, body.data.citizen.fullName]).toEqual([200, FAMILY_OF_SIX.members[0].fullName]);
    }
    const before = stack.requests('population');
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...officer },
      body: JSON.stringify({ query: PROFILE, variables: { nik: PEOPLE[0] } }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[]; data?: unknown };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'requestsPerMinute' });
    expect(stack.requests('population')).toBe(before);
    const events = await refusalEvents('busy-client');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.decision === 'REFUSED')).toBe(true);
    expect(events[0].reason).toMatch(/^RATE_LIMITED: client busy-client is over its quota \(requestsPerMinute: /);
  });
});

describe('a client at its ceiling of persons for the hour', () => {
  it('is answered up to the ceiling, then refused for anyone new or known alike', async () => {
    await setQuota('curious-client', { personsPerHour: 3 });
    const officer = await officerOf('curious-client');
    // The hour turns when the minute does: away from that, the four reads share one hour.
    await awayFromMinuteBoundary();
    for (const nik of PEOPLE.slice(0, 3)) {
      const { status } = await stack.post(PROFILE, { nik }, officer);
      expect(status).toBe(200);
    }
    const fourth = await stack.post(PROFILE, { nik: PEOPLE[3] }, officer);
    expect(fourth.status).toBe(429);
    expect(fourth.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'personsPerHour' });
    // Counted as persons, not requests: reading the same people again was not what filled it.
    const again = await stack.post(PROFILE, { nik: PEOPLE[0] }, officer);
    expect(again.status).toBe(429);
    // Another client is not affected.
    expect((await stack.post(PROFILE, { nik: PEOPLE[3] })).status).toBe(200);
  });

  it('can be raised by the steward, counting from the next request', async () => {
    await setQuota('curious-client', { personsPerHour: 10 });
    const { status } = await stack.post(PROFILE, { nik: PEOPLE[3] }, await officerOf('curious-client'));
    expect(status).toBe(200);
  });
});

describe("the steward's view", () => {
  it('lists the clients that hit a limit, by limit, and names no person', async () => {
    const query =
      'query ($from: DateTimeISO!, $to: DateTimeISO!) { quotaAlerts(from: $from, to: $to) { ' +
      'clientId limit refusals firstAt lastAt } }';
    const window = { from: started.toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const { status, body } = await stack.post(query, window, await steward());
    expect(status).toBe(200);
    const alerts = body.data.quotaAlerts as { clientId: string; limit: string; refusals: number }[];
    expect(alerts.map((a) => [a.clientId, a.limit, a.refusals]).sort()).toEqual([
      ['busy-client', 'requestsPerMinute', 1],
      ['curious-client', 'personsPerHour', 2],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/[0-9]{16}/);
    const asOfficer = await stack.post(query, window);
    expect(asOfficer.body.errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a quota out of range and a client that is not registered, and lets no officer set one', async () => {
    const set = (id: string, quota: Record<string, number>, headers?: Record<string, string>) =>
      stack.post(
        'mutation ($id: String!, $q: ClientQuotaInput!) { setClientQuota(clientId: $id, quota: $q, ' +
          'reason: "Quota for the test suite") { id } }',
        { id, q: quota },
        headers,
      );
    const zero = await set('busy-client', { personsPerDay: 0 }, await steward());
    expect(zero.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await set('no-such-client', { personsPerDay: 10 }, await steward());
    expect(unknown.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const officer = await set('busy-client', { personsPerDay: 10 });
    expect(officer.body.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(officer.body.data).toBeNull();
  });
});
