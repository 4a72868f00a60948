import { createHash } from 'node:crypto';
import { seedPopulation } from '../../seeds/load';
import { refreshProjection } from '../../subgraphs/insights/projection';
import { decideEligibility } from '../../subgraphs/regsosek/eligibility';
import type { ProgrammeRule } from '../../subgraphs/regsosek/entities/programme-rule.entity';
import type { EmploymentSector } from '../../subgraphs/regsosek/entities/regsosek.enums';
import { createTestDatabase, type TestDatabase } from '../support/database';

// The planners' projection decides each person's programmes as the graph does (regsosek's decideEligibility, on the
// same households, members and rules), and lists the regencies its people live in.
const KEY = 'projection-test-key-0123456789abcdef';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('projection');
  await seedPopulation(database.pool, { citizens: 2_000, seed: 'projection' });
  // A poor household with a civil servant in it: below every cut-off, excluded by the sector alone.
  await database.pool.query(
    `update regsosek.household_member set employment_sector = 'GOVERNMENT'
      where nik = (select m.nik from regsosek.household_member m join regsosek.household h on h.id = m.household_id
                    where h.welfare_decile = 1 order by m.nik limit 1)`,
  );
});

afterAll(async () => {
  await database?.drop();
});

async function rebuild(): Promise<void> {
  const client = await database.pool.connect();
  try {
    await refreshProjection(client, KEY);
  } finally {
    client.release();
  }
}

/** Each household member's programmes as the graph decides them, by the person key the projection gives them. */
async function decidedByTheGraph(): Promise<Map<string, [boolean, boolean, boolean]>> {
  const { rows: rules } = await database.pool.query<ProgrammeRule>(
    `select programme, max_decile as "maxDecile", excluded_sectors as "excludedSectors" from regsosek.programme_rule`,
  );
  const { rows: members } = await database.pool.query<{
    nik: string;
    household: string;
    decile: number;
    sector: EmploymentSector;
  }>(
    `select m.nik, m.household_id as household, h.welfare_decile as decile, m.employment_sector as sector
       from regsosek.household_member m join regsosek.household h on h.id = m.household_id`,
  );
  const sectors = new Map<string, EmploymentSector[]>();
  for (const member of members)
    sectors.set(member.household, [...(sectors.get(member.household) ?? []), member.sector]);
  return new Map(
    members.map((member) => {
      const decided = decideEligibility(member.decile, sectors.get(member.household)!, rules);
      const key = createHash('sha256').update(`${KEY}:person:${member.nik}`).digest('hex');
      return [key, [decided.pkh, decided.bpnt, decided.pbiJk]];
    }),
  );
}

async function inTheProjection(): Promise<Map<string, [boolean, boolean, boolean]>> {
  const { rows } = await database.pool.query<{ key: string; pkh: boolean; bpnt: boolean; pbi: boolean }>(
    `select person_key as key, pkh, bpnt, pbi_jk as pbi from insights.person where household_key is not null`,
  );
  return new Map(rows.map((row) => [row.key, [row.pkh, row.bpnt, row.pbi]]));
}

it('gives each person the programmes the graph decides for their household, from the rules in force', async () => {
  await rebuild();
  const expected = await decidedByTheGraph();
  expect(expected.size).toBeGreaterThan(1_000);
  expect(await inTheProjection()).toEqual(expected);
  // Every outcome occurs: eligible, above the cut-off, and excluded by a member's sector while below it.
  const outcomes = new Set([...expected.values()].map((decided) => decided.join()));
  expect(outcomes).toEqual(new Set(['true,true,true', 'false,false,false', 'false,false,true']));
  const { rows } = await database.pool.query<{ n: number }>(
    `select count(*)::int as n from insights.person p where welfare_decile = 1 and not pkh and not pbi_jk`,
  );
  expect(rows[0].n).toBeGreaterThan(0);

  // A programme without a rule is granted to nobody; a changed rule counts from the next rebuild.
  await database.pool.query(`delete from regsosek.programme_rule where programme = 'BPNT'`);
  await database.pool.query(`update regsosek.programme_rule set max_decile = 2 where programme = 'PKH'`);
  await rebuild();
  const changed = await decidedByTheGraph();
  expect([...changed.values()].some(([, bpnt]) => bpnt)).toBe(false);
  expect(await inTheProjection()).toEqual(changed);
});

it('lists the regencies its people live in, and no other', async () => {
  await rebuild();
  const { rows } = await database.pool.query<{ listed: string[]; lived: string[] }>(
    `select (select array_agg(code order by code) from insights.regency) as listed,
            (select array_agg(distinct regency_code order by regency_code) from insights.person) as lived`,
  );
  expect(rows[0].listed.length).toBeGreaterThan(1);
  expect(rows[0].listed).toEqual(rows[0].lived);
});
