import type { Pool } from 'pg';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// The Citizen 360 profile across every agency subgraph, through the gateway, on a seeded synthetic population.
let database: TestDatabase;
let stack: Stack;
let niks: string[];
let pool: Pool;

beforeAll(async () => {
  database = await createTestDatabase('citizen360');
  pool = database.pool;
  await seedPopulation(pool, { citizens: 600, seed: 'citizen360-e2e' });
  // A family head with a household, an NPWP with filings and an active JKN membership, then 99 others.
  const { rows } = await pool.query<{ nik: string }>(`
    select c.nik from population.citizen c
      join tax.taxpayer t on t.nik = c.nik and t.status = 'ACTIVE'
      join health.membership m on m.nik = c.nik and m.status = 'ACTIVE'
     where c.family_relationship = 'HEAD' and exists (select 1 from tax.filing f where f.npwp = t.npwp)
     order by c.nik limit 1`);
  const owner = (
    await pool.query<{ nik: string }>('select owner_nik as nik from licensing.business order by nib limit 1')
  ).rows;
  const others = (
    await pool.query<{ nik: string }>(
      'select nik from population.citizen where nik <> all($1) order by nik desc limit 98',
      [[rows[0].nik, owner[0].nik]],
    )
  ).rows;
  // A tax-paying, insured head, a business owner, and 98 others.
  niks = [rows[0].nik, owner[0].nik, ...others.map((r) => r.nik)];
  expect((await sampleNiks(pool, 3)).length).toBe(3);
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const PROFILE_FIELDS =
  `
    nik fullName sex birthDate
    address { street rt rw village { name district { name regency { name province { name } } } } }
    family { kk members { relationship citizen { nik fullName } } }
    household { id welfareDecile region { bpsVillageCode urban } housing { floorAreaM2 floorMaterial drinkingWater ` +
  `electricity } assets
      members { employmentStatus employmentSector disability citizen { fullName } } }
    welfareDecile
    eligibility { pkh bpnt pbiJk reasons }
    taxProfile { npwp status matchingStatus taxOffice { code name } filings { year form status filedOn } }
    bpjsMembership { cardNumber segment careClass status statusReason primaryCareFacility { code name type } ` +
  `coverageStart coverageEnd }
    ihsNumber
    licences { str { number profession validUntil } sips { number practiceLocation regencyCode validUntil } ` +
  `businesses { nib name activities { kbli riskLevel } } }
    applications { id status }`;

const PROFILE = `query Profile($nik: NIK!) { citizen(nik: $nik) { ${PROFILE_FIELDS} } }`;

describe('Citizen 360 profile', () => {
  it('joins identity, address, family, household, decile, eligibility, tax and health for a seeded NIK', async () => {
    const { status, body } = await stack.post(PROFILE, { nik: niks[0] });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const citizen = body.data.citizen;
    expect(citizen.nik).toBe(niks[0]);
    expect(citizen.address.village.district.regency.province.name.length).toBeGreaterThan(2);
    expect(citizen.household.welfareDecile).toBe(citizen.welfareDecile);
    // The household is the family: same people, and their names come from the population subgraph.
    expect(citizen.household.members.map((m: { citizen: { fullName: string } }) => m.citizen.fullName).sort()).toEqual(
      citizen.family.members.map((m: { citizen: { fullName: string } }) => m.citizen.fullName).sort(),
    );
    expect(citizen.eligibility.pbiJk).toBe(citizen.eligibility.reasons.every((r: string) => !r.startsWith('PBI_JK')));
    expect(citizen.taxProfile).toMatchObject({ npwp: niks[0], status: 'ACTIVE' });
    expect(citizen.taxProfile.taxOffice.name).toMatch(/^KPP Pratama /);
    expect(citizen.taxProfile.filings.length).toBeGreaterThan(0);
    expect(citizen.bpjsMembership.cardNumber).toMatch(/^[0-9]{13}$/);
    expect(citizen.bpjsMembership).toMatchObject({ status: 'ACTIVE', statusReason: null });
    expect(citizen.licences).toEqual(
      expect.objectContaining({ sips: expect.any(Array), businesses: expect.any(Array) }),
    );
    expect(citizen.applications).toEqual([]);
    // The primary-care facility is in the citizen's own regency.
    expect(citizen.bpjsMembership.primaryCareFacility.code.slice(1, 5)).toBe(
      citizen.household.region.bpsVillageCode.slice(0, 4),
    );
  });

  it('answers 100 profiles across all subgraphs with one SQL statement per subgraph per nesting level', async () => {
    const before = Object.fromEntries(
      ['population', 'regsosek', 'tax', 'health', 'licensing'].map((name) => [name, stack.statements(name)]),
    );
    const { status, body } = await stack.post(
      `query ($niks: [NIK!]!) { citizens(niks: $niks) {
      nik fullName address { village { name } } welfareDecile eligibility { pkh } taxProfile { npwp filings { year } }
      bpjsMembership { segment primaryCareFacility { name } } ihsNumber
      licences { str { number } sips { number } businesses { nib activities { kbli } } }
    } }`,
      { niks },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.citizens.map((c: { nik: string }) => c.nik)).toEqual(niks);
    const used = (name: string) => stack.statements(name) - before[name];
    expect(used('population')).toBe(2); // citizens; villages (joined up to the province)
    // Memberships; their households (by id, not joined: deploy/citus F2); members of those households; rules; the
    // people's objections to their eligibility decisions (UU PDP Pasal 10).
    expect(used('regsosek')).toBe(5);
    expect(used('tax')).toBe(2); // taxpayers with offices; filings
    expect(used('health')).toBe(2); // memberships with facilities; patients
    expect(used('licensing')).toBe(4); // STRs, SIPs and businesses (one level); activities of those businesses
  });

  it('refuses more than 100 NIKs with 400 BAD_USER_INPUT at the gateway, before any subgraph', async () => {
    const before = stack.requests('population');
    const { status, body } = await stack.post('query ($niks: [NIK!]!) { citizens(niks: $niks) { nik } }', {
      niks: [...niks, ...niks.slice(0, 1)],
    });
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({
      message: 'a list argument has 101 items; at most 100 are allowed',
      extensions: { code: 'BAD_USER_INPUT', limit: 'maxListItems' },
    });
    expect(stack.requests('population')).toBe(before);
  });

  it('confirms tax compliance the way a licensing service asks', async () => {
    const { body } = await stack.post('query ($nik: NIK!) { taxCompliance(nik: $nik) { nik status reasons } }', {
      nik: niks[0],
    });
    expect(body.errors).toBeUndefined();
    expect(['VALID', 'INVALID']).toContain(body.data.taxCompliance.status);
    expect(body.data.taxCompliance.status === 'VALID').toBe(body.data.taxCompliance.reasons.length === 0);
  });

  it('finds a taxpayer by NPWP, and refuses a malformed NPWP at the gateway', async () => {
    const found = await stack.post('query ($npwp: NPWP!) { taxProfileByNpwp(npwp: $npwp) { npwp status } }', {
      npwp: niks[0],
    });
    expect(found.body).toEqual({ data: { taxProfileByNpwp: { npwp: niks[0], status: 'ACTIVE' } } });
    const before = stack.requests('tax');
    const bad = await stack.post('query ($npwp: NPWP!) { taxProfileByNpwp(npwp: $npwp) { npwp } }', {
      npwp: '012345675001000',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NPWP check digit does not match',
    });
    expect(stack.requests('tax')).toBe(before);
  });

  it('still serves the other agencies when one subgraph is down, with an error naming the missing part', async () => {
    await stack.stopSubgraph('tax');
    const { status, body } = await stack.post(PROFILE, { nik: niks[0] });
    expect(status).toBe(200);
    const citizen = body.data.citizen;
    expect(citizen.fullName.length).toBeGreaterThan(2);
    expect(citizen.welfareDecile).toBeGreaterThanOrEqual(1);
    expect(citizen.bpjsMembership.cardNumber).toMatch(/^[0-9]{13}$/);
    expect(citizen.taxProfile).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      message: 'The tax service is unavailable',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'tax' },
    });
  });
});
