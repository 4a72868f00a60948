import type { Pool } from 'pg';
import { runImport, type ImportSummary } from '../../connectors/core/runner';
import { SOURCES } from '../../connectors/registry';
import { AGENCY_TABLES } from '../../seeds/agencies';
import { exportPopulation } from '../../connectors/export';
import { loadReferenceData, sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { exportDirectory, tableChecksum } from '../support/imports';
import { startStack, type Stack } from '../support/stack';

// A seeded population exported as every agency exports it, then imported into emptied tables through every
// connector: the same rows, and the same profiles through the graph.
const CITIZENS = 100_000;
const SEED = 'round-trip';
let database: TestDatabase;
let pool: Pool;
let files: ReturnType<typeof exportDirectory>;

/** Every table a source writes, with its key; the regions, offices and facilities are reference data. */
const TABLES: [string, string][] = [
  ['population.family', 'kk'],
  ['population.citizen', 'nik'],
  ['regsosek.household', 'id'],
  ['regsosek.household_member', 'nik'],
  ['tax.taxpayer', 'npwp'],
  ['tax.filing', 'id'],
  ['health.membership', 'card_number'],
  ['health.patient', 'nik'],
  ['licensing.str', 'number'],
  ['licensing.sip', 'number'],
  ['licensing.business', 'nib'],
  ['licensing.business_activity', 'id'],
];
const PROFILE = `query ($niks: [NIK!]!) { citizens(niks: $niks) {
  nik fullName sex birthPlace birthDate religion maritalStatus occupation education citizenship
  address { street rt rw village { code } } family { kk members { relationship citizen { nik } } }
  household { id kk welfareDecile region { villageCode bpsVillageCode urban } housing { floorAreaM2 floorMaterial
  wallMaterial roofMaterial drinkingWater sanitation electricity electricityVa } assets surveyedOn }
  eligibility { pkh bpnt pbiJk reasons }
  taxProfile { npwp status matchingStatus taxOffice { code } registeredOn filings { year form status filedOn } }
  bpjsMembership { cardNumber segment careClass status statusReason primaryCareFacility { code } coverageStart
  coverageEnd } ihsNumber
  licences { str { number profession issuedOn validUntil } sips { number practiceLocation validUntil } businesses { nib
  name issuedOn activities { kbli riskLevel } } }
} }`;

async function profiles(stack: Stack, niks: string[]) {
  const { status, body } = await stack.post(PROFILE, { niks });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data.citizens;
}

beforeAll(async () => {
  database = await createTestDatabase('round_trip');
  pool = database.pool;
  files = exportDirectory('round-trip');
  await Promise.all([
    seedPopulation(pool, { citizens: CITIZENS, seed: SEED }),
    exportPopulation({ dir: files.dir, citizens: CITIZENS, seed: SEED }),
  ]);
  await loadReferenceData(pool);
}, 300_000);

afterAll(async () => {
  files?.remove();
  await database?.drop();
});

describe(`${CITIZENS.toLocaleString('en-US')} citizens exported in every agency's format and imported again`, () => {
  it('gives back the same rows and the same profiles', async () => {
    const seeded = Object.fromEntries(
      await Promise.all(TABLES.map(async ([table, key]) => [table, await tableChecksum(pool, table, key)] as const)),
    );
    const niks = [
      ...(await sampleNiks(pool, 60)),
      ...(await pool.query<{ nik: string }>('select nik from population.citizen order by md5(nik) limit 40')).rows.map(
        (r) => r.nik,
      ),
    ];
    let stack = await startStack(database.url);
    const before = await profiles(stack, niks);
    await stack.stop();

    const emptied = AGENCY_TABLES.filter((t) => !['tax.tax_office', 'health.facility'].includes(t));
    await pool.query(`truncate ${[...emptied, 'population.citizen', 'population.family'].join(', ')}`);
    const summaries: Record<string, ImportSummary> = {};
    for (const [name, { connector }] of Object.entries(SOURCES)) {
      summaries[name] = await runImport(pool, { connector, input: files.dir });
    }
    for (const [name, summary] of Object.entries(summaries)) {
      expect({
        name,
        quarantined: summary.quarantined,
        updated: summary.updated,
        unchanged: summary.unchanged,
      }).toEqual({ name, quarantined: 0, updated: 0, unchanged: 0 });
      expect(summary.read).toBe(summary.inserted);
    }
    expect(summaries.dukcapil.read).toBe(CITIZENS);

    for (const [table, key] of TABLES)
      expect({ table, ...(await tableChecksum(pool, table, key)) }).toEqual({ table, ...seeded[table] });
    stack = await startStack(database.url);
    try {
      expect(await profiles(stack, niks)).toEqual(before);
      const { body } = await stack.post(
        'query ($nik: NIK!) { citizen(nik: $nik) { source { agency system } household { source { system } } ' +
          'taxProfile { source { system } } bpjsMembership { source { system } } } }',
        { nik: niks[0] },
      );
      expect(body.data.citizen).toEqual({
        source: { agency: 'Dukcapil (Kemendagri)', system: 'SIAK' },
        household: { source: { system: 'DTSEN' } },
        taxProfile: { source: { system: 'Coretax DJP' } },
        bpjsMembership: { source: { system: 'SATUSEHAT' } },
      });
    } finally {
      await stack.stop();
    }
  }, 600_000);
});
