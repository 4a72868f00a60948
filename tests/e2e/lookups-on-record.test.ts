import { seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// A lookup by another key than a NIK (a JKN card, a family card, an NPWP, an application id) is on the record of
// every person it touches: one access event each, on their own access log and in a breach notice's scope.
let database: TestDatabase;
let stack: Stack;

beforeAll(async () => {
  database = await createTestDatabase('lookups_on_record');
  await seedPopulation(database.pool, { citizens: 400, seed: 'lookups-on-record' });
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const one = async <T extends Record<string, string>>(sql: string) => (await database.pool.query<T>(sql)).rows[0];

/** The people the access events of one request name, sorted. */
async function namedBy(requestId: string): Promise<string[]> {
  const { rows } = await database.pool.query<{ nik: string | null }>(
    'select nik from audit.access_event where request_id = $1 order by nik',
    [requestId],
  );
  return rows.map((r) => r.nik ?? 'nobody');
}

async function lookUp(query: string, variables: Record<string, unknown>, label: string) {
  const requestId = `lookup-${label}-0001`;
  const { status, body } = await stack.post(query, variables, {
    authorization: `Bearer ${await stack.token('officer', { client: 'test-client', purpose: 'LICENSE_APPLICATION' })}`,
    'x-request-id': requestId,
  });
  expect([status, body.errors]).toEqual([200, undefined]);
  return requestId;
}

describe('a lookup by another key', () => {
  it('is recorded against each person it touches: card, NPWP, family card, household, application', async () => {
    const member = await one<{ nik: string; card_number: string }>(
      'select nik, card_number from health.membership order by nik limit 1',
    );
    const card = await lookUp(
      'query ($c: String!) { bpjsCard(cardNumber: $c) { status } }',
      { c: member.card_number },
      'card',
    );
    expect(await namedBy(card)).toEqual([member.nik]);

    const taxpayer = await one<{ nik: string; npwp: string }>(
      'select nik, npwp from tax.taxpayer order by nik limit 1',
    );
    const npwp = await lookUp(
      'query ($n: NPWP!) { taxProfileByNpwp(npwp: $n) { status } }',
      { n: taxpayer.npwp },
      'npwp',
    );
    expect(await namedBy(npwp)).toEqual([taxpayer.nik]);

    const { kk } = await one<{ kk: string }>(
      `select family_kk as kk from population.citizen group by family_kk having count(*) >= 3 order by family_kk
        limit 1`,
    );
    const members = (
      await database.pool.query<{ nik: string }>(
        'select nik from population.citizen where family_kk = $1 order by nik',
        [kk],
      )
    ).rows.map((r) => r.nik);
    const family = await lookUp('query ($kk: KK!) { family(kk: $kk) { kk } }', { kk }, 'family');
    expect(await namedBy(family)).toEqual(members);

    const household = await one<{ kk: string }>('select kk from regsosek.household order by kk limit 1');
    const surveyed = (
      await database.pool.query<{ nik: string }>(
        `select m.nik from regsosek.household_member m join regsosek.household h on h.id = m.household_id
          where h.kk = $1 order by m.nik`,
        [household.kk],
      )
    ).rows.map((r) => r.nik);
    expect(surveyed.length).toBeGreaterThan(0);
    const dtsen = await lookUp(
      'query ($kk: KK!) { householdByKk(kk: $kk) { welfareDecile } }',
      { kk: household.kk },
      'household',
    );
    expect(await namedBy(dtsen)).toEqual(surveyed);

    // The card holder sees the lookup on their own access log.
    const holder = await stack.post(
      '{ me { accessLog(first: 10) { entries { role client { id } categories { scope } } } } }',
      undefined,
      { authorization: `Bearer ${await stack.token('citizen', { nik: member.nik, client: 'citizen-app' })}` },
    );
    expect(holder.body.data.me.accessLog.entries).toContainEqual(
      expect.objectContaining({
        role: 'officer',
        client: { id: 'test-client' },
        categories: [{ scope: 'health.coverage' }],
      }),
    );
  });

  it('records an application read or reviewed by its id against the applicant', async () => {
    const nurse = await one<{ nik: string; regency: string }>(
      `select c.nik, substr(c.village_code, 1, 5) as regency from population.citizen c
         join licensing.str s on s.nik = c.nik order by c.nik limit 1`,
    );
    const applied = await stack.post(
      'mutation ($nik: NIK!, $l: PracticeLocationInput!) { applyForLicence(nik: $nik, type: SIP, ' +
        'practiceLocation: $l) { id } }',
      { nik: nurse.nik, l: { name: 'Puskesmas Catatan', regencyCode: nurse.regency } },
    );
    const { id } = applied.body.data.applyForLicence;
    const read = await lookUp('query ($id: ID!) { licenceApplication(id: $id) { status } }', { id }, 'application');
    expect(await namedBy(read)).toEqual([nurse.nik]);
    const reviewed = await lookUp(
      'mutation ($id: ID!) { reviewLicenceApplication(id: $id, decision: REJECT, note: "Berkas tidak lengkap") ' +
        '{ status } }',
      { id },
      'review',
    );
    expect(await namedBy(reviewed)).toEqual([nurse.nik]);
  });
});
