import type { Pool } from 'pg';
import { checkKk, checkNik } from '../../schema/scalars/identity-number';
import { bulkInsert, type BulkMethod } from '../../seeds/bulk';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePopulation, REFERENCE_DATE, REFERENCE_YEAR } from '../../seeds/generator';
import { sampleHealthWorker, sampleNiks, seedPopulation } from '../../seeds/load';
import { loadRegions } from '../../seeds/regions';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { plantHealthWorker } from '../support/fixtures';

// Bulk loading into a fresh, migrated database of the suite's own (COPY on PostgreSQL, unnest inserts on PGlite).
let database: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  database = await createTestDatabase('seeds');
  pool = database.pool;
});

afterAll(async () => {
  await database?.drop();
});

const count = async (sql: string) => Number((await pool.query<{ count: string }>(sql)).rows[0].count);

describe('seedPopulation', () => {
  it('loads the Kemendagri regions and exactly the generated citizens and families', async () => {
    const progress: number[] = [];
    const result = await seedPopulation(pool, {
      citizens: 2_000,
      seed: 'load-test',
      onProgress: (done) => progress.push(done),
    });
    expect(result).toMatchObject({ citizens: 2_000 });
    expect(progress.at(-1)).toBe(2_000);
    expect(await count('select count(*) from population.citizen')).toBe(2_000);
    expect(await count('select count(*) from population.family')).toBe(result.families);
    expect(await count('select count(*) from population.province')).toBe(38);
    expect(await count('select count(*) from population.regency')).toBe(514);
    expect(await count('select count(*) from population.district')).toBe(7_285);
    expect(await count('select count(*) from population.village')).toBe(83_762);

    // What went in is what the generator made, value for value (COPY escaping, dates, enums).
    const expected = [...generatePopulation({ citizens: 2_000, seed: 'load-test' })].flatMap((batch) => batch.citizens);
    const { rows } =
      await pool.query(`select nik, full_name, sex, birth_place, birth_date::text, religion, marital_status,
        occupation, education,
      citizenship, street, rt, rw, village_code, family_kk, family_relationship from population.citizen order by nik`);
    const sorted = [...expected].sort((a, b) => a.nik.localeCompare(b.nik));
    expect(rows.map((r) => Object.values(r))).toEqual(
      sorted.map((c) => [
        c.nik,
        c.fullName,
        c.sex,
        c.birthPlace,
        c.birthDate,
        c.religion,
        c.maritalStatus,
        c.occupation,
        c.education,
        c.citizenship,
        c.street,
        c.rt,
        c.rw,
        c.villageCode,
        c.familyKk,
        c.familyRelationship,
      ]),
    );
  });

  it('keeps the references whole: every citizen in a known village and family, every family with one head', async () => {
    expect(
      await count(`select count(*) from population.citizen c
      where not exists (select 1 from population.village v where v.code = c.village_code)
         or not exists (select 1 from population.family f where f.kk = c.family_kk)`),
    ).toBe(0);
    expect(
      await count(`select count(*) from population.family f
      where (select count(*) from population.citizen c where c.family_kk = f.kk and c.family_relationship = 'HEAD') <>
      1`),
    ).toBe(0);
    const today = new Date(`${REFERENCE_DATE}T00:00:00Z`);
    const { rows } = await pool.query<{ nik: string; kk: string }>(
      'select c.nik, c.family_kk as kk from population.citizen c',
    );
    expect(rows.filter((r) => !checkNik(r.nik, today).ok || !checkKk(r.kk, today).ok)).toEqual([]);
  });

  it('loads the regions only once', async () => {
    expect(await loadRegions(pool)).toEqual({ loaded: false, villages: 0 });
    expect(await count('select count(*) from population.village')).toBe(83_762);
  });

  it('refuses to seed a populated database unless asked to replace it, and then leaves no old rows', async () => {
    await expect(seedPopulation(pool, { citizens: 10, seed: 'other' })).rejects.toThrow(
      /already holds 2000 citizens; pass --replace/,
    );
    expect(await count('select count(*) from population.citizen')).toBe(2_000);
    const result = await seedPopulation(pool, { citizens: 500, seed: 'other', replace: true });
    expect(await count('select count(*) from population.citizen')).toBe(500);
    expect(await count('select count(*) from population.family')).toBe(result.families);
  });

  it('offers sample NIKs of heads of families of three or more, those with data in every agency first', async () => {
    const niks = await sampleNiks(pool, 3);
    expect(niks).toHaveLength(3);
    const { rows } = await pool.query(
      `select c.nik, c.family_relationship,
          (select count(*)::int from population.citizen m where m.family_kk = c.family_kk) as size,
          exists (select 1 from tax.taxpayer t join tax.filing f on f.npwp = t.npwp where t.nik = c.nik
            and t.status = 'ACTIVE') as tax,
          exists (select 1 from health.membership h where h.nik = c.nik and h.status = 'ACTIVE') as jkn,
          exists (select 1 from regsosek.household_member r where r.nik = c.nik)
            and (exists (select 1 from licensing.str s where s.nik = c.nik)
              or exists (select 1 from licensing.business b where b.owner_nik = c.nik)) as everywhere
         from population.citizen c where c.nik = any($1)`,
      [niks],
    );
    const byNik = new Map(rows.map((row) => [row.nik, row]));
    const samples = niks.map((nik) => byNik.get(nik));
    for (const row of samples) expect(row).toMatchObject({ family_relationship: 'HEAD', tax: true, jkn: true });
    for (const row of samples) expect(row.size).toBeGreaterThanOrEqual(3);
    // Those in every agency first, then the others; each part in NIK order.
    const first = samples.filter((row) => row.everywhere).map((row) => row.nik);
    const rest = samples.filter((row) => !row.everywhere).map((row) => row.nik);
    expect(niks).toEqual([...[...first].sort(), ...[...rest].sort()]);
  });

  it('offers a health worker who may apply for a SIP: a lifetime STR, no SIP, active JKN, returns filed', async () => {
    // One adult with a JKN membership made such a nurse, so that there is one whatever the population holds.
    const nik = await plantHealthWorker(pool);
    const worker = await sampleHealthWorker(pool);
    expect(worker! <= nik).toBe(true);
    // Whoever is offered meets every condition; a SIP held or a return missing takes them out.
    const qualifies = async (candidate: string) =>
      Number(
        (
          await pool.query(
            `select count(*) from licensing.str s
              where s.nik = $1 and s.valid_until is null
                and not exists (select 1 from licensing.sip p where p.nik = s.nik)
                and exists (select 1 from health.membership h where h.nik = s.nik and h.status = 'ACTIVE')
                and exists (select 1 from tax.taxpayer t where t.nik = s.nik and t.status = 'ACTIVE'
                  and t.matching_status = 'VALID' and (select count(*) from tax.filing f where f.npwp = t.npwp
                    and f.year in ($2, $3) and f.status <> 'NOT_FILED') = 2)`,
            [candidate, REFERENCE_YEAR, REFERENCE_YEAR - 1],
          )
        ).rows[0].count,
      );
    expect(await qualifies(worker!)).toBe(1);
    await pool.query(`update tax.filing set status = 'NOT_FILED' where id = $1`, [`${nik}-${REFERENCE_YEAR}`]);
    expect(await qualifies(nik)).toBe(0);
    expect(await sampleHealthWorker(pool)).not.toBe(nik);
  });

  it('gives what the README shows for the default seed: the sample NIKs and the applicant', async () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const shown = /Sample NIKs: ([0-9 ]+)\n/.exec(readme)![1].trim().split(/ +/);
    const applicant = /Applicant: +([0-9]{16})/.exec(readme)![1];
    // `npm start`'s defaults: SEED_CITIZENS 10,000 and SEED citizen360.
    await seedPopulation(pool, { citizens: 10_000, seed: 'citizen360', replace: true });
    expect(await sampleNiks(pool, 3)).toEqual(shown);
    expect(await sampleHealthWorker(pool)).toBe(applicant);
  }, 180_000);
});

describe('bulkInsert', () => {
  // Tabs, line breaks, backslashes, quotes and NULL must survive both loading paths unchanged.
  const rows = [
    ['tab\there', '2024-02-29', 'back\\slash'],
    ['line\nbreak\r\n', '1930-01-01', null],
    ['quote \' and "double"', '2025-12-31', '\\N'],
    ['Dusun "Krajan", Desa Ujong', '2000-06-15', ''],
  ];

  // PGlite cannot carry COPY (see bulk.ts), so on the PGlite fallback only the insert path is exercised.
  const methods: BulkMethod[] = process.env.TEST_DATABASE_MODE === 'pglite' ? ['insert'] : ['copy', 'insert'];

  it.each(methods)('round-trips awkward text with %s', async (method) => {
    const client = await pool.connect();
    try {
      await client.query('create temporary table bulk_probe (label text, day date, note text)');
      await bulkInsert(client, method, 'bulk_probe', ['label', 'day', 'note'], rows);
      const { rows: stored } = await client.query('select label, day::text as day, note from bulk_probe order by day');
      expect(stored.map((r) => [r.label, r.day, r.note])).toEqual([...rows].sort((a, b) => a[1]!.localeCompare(b[1]!)));
    } finally {
      await client.query('drop table if exists bulk_probe');
      client.release();
    }
  });
});
