import type { Pool } from 'pg';
import { inTransaction } from '../hub/transaction';
import { AGENCY_TABLES, AgencyGenerator } from './agencies';
import { bulkInsert, detectBulkMethod } from './bulk';
import { seedCatalogue } from './catalogue';
import { bpsVillageCodes } from './crosswalk';
import { generatePopulation, REFERENCE_YEAR, type CitizenRow } from './generator';
import { loadRegions } from './regions';

interface SeedOptions {
  citizens: number;
  seed: string | number;
  /** Replace citizens and families already there; without it, seeding a populated database is refused. */
  replace?: boolean;
  /** Called after each committed batch. */
  onProgress?: (done: number, total: number) => void;
}

interface SeedResult {
  citizens: number;
  families: number;
  seconds: number;
}

export class SeedError extends Error {
  static alreadySeeded(count: number): SeedError {
    return new SeedError(
      `The database already holds ${count} citizens; pass --replace to generate a new population in their place`,
    );
  }
}

const CITIZEN_COLUMNS = [
  'nik',
  'full_name',
  'sex',
  'birth_place',
  'birth_date',
  'religion',
  'marital_status',
  'occupation',
  'education',
  'citizenship',
  'street',
  'rt',
  'rw',
  'village_code',
  'family_kk',
  'family_relationship',
];

function citizenValues(c: CitizenRow): string[] {
  return [
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
  ];
}

/**
 * Loads the region tables (once), the demonstration catalogue of services, purposes and rules (where missing), and a
 * generated population: COPY on PostgreSQL, batched unnest inserts on the embedded PGlite. Everything runs in one
 * transaction, so a failure or an interruption leaves the database as it was.
 */
export async function seedPopulation(pool: Pool, options: SeedOptions): Promise<SeedResult> {
  const started = process.hrtime.bigint();
  const method = await detectBulkMethod(pool);
  await loadRegions(pool, method);
  let citizens = 0;
  let families = 0;
  await inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ count: string }>('select count(*) as count from population.citizen');
    const existing = Number(rows[0].count);
    if (existing > 0 && !options.replace) throw SeedError.alreadySeeded(existing);
    if (existing > 0)
      await client.query(
        `truncate ${[...AGENCY_TABLES, 'population.change', 'population.citizen', 'population.family'].join(', ')}`,
      );
    await seedCatalogue(client);
    options.onProgress?.(0, options.citizens);
    const agencies = new AgencyGenerator(options.seed);
    for (const { table, columns, rows } of agencies.reference()) await bulkInsert(client, method, table, columns, rows);
    for (const batch of generatePopulation({ citizens: options.citizens, seed: options.seed, batchSize: 20_000 })) {
      await bulkInsert(
        client,
        method,
        'population.family',
        ['kk', 'issued_on'],
        batch.families.map((f) => [f.kk, f.issuedOn]),
      );
      await bulkInsert(client, method, 'population.citizen', CITIZEN_COLUMNS, batch.citizens.map(citizenValues));
      for (const { table, columns, rows } of agencies.derive(batch))
        await bulkInsert(client, method, table, columns, rows);
      citizens += batch.citizens.length;
      families += batch.families.length;
      options.onProgress?.(citizens, options.citizens);
    }
  });
  for (const table of ['population.citizen', 'population.family', ...AGENCY_TABLES])
    await pool.query(`analyze ${table}`);
  return { citizens, families, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/**
 * The reference data agency records point to, where it is missing: the region tables, the tax offices, the
 * health facilities and the BPS village crosswalk. Imports need it in an empty database; `seedPopulation`
 * writes its own copy of the first three.
 */
export async function loadReferenceData(pool: Pool): Promise<void> {
  const method = await detectBulkMethod(pool);
  await loadRegions(pool, method);
  await inTransaction(pool, async (client) => {
    for (const table of new AgencyGenerator('reference').reference()) {
      const { rows } = await client.query(`select 1 from ${table.table} limit 1`);
      if (rows.length === 0) await bulkInsert(client, method, table.table, table.columns, table.rows);
    }
    const { rows } = await client.query('select 1 from connectors.bps_village limit 1');
    if (rows.length === 0)
      await bulkInsert(
        client,
        method,
        'connectors.bps_village',
        ['bps_code', 'village_code'],
        [...bpsVillageCodes()].map(([village, bps]) => [bps, village]),
      );
  });
}

/**
 * NIKs to try the graph with: heads of families of three or more who also have an active NPWP with returns and
 * an active JKN membership; first those with a DTSEN household and a licence (an STR or a business) too, so the
 * sample profile has something from every agency (a small population may have too few). NIK order: stable per
 * seed.
 */
export async function sampleNiks(pool: Pool, count: number): Promise<string[]> {
  // In NIK order with the conditions in the filter, each query stops at `count`: ordering by them would judge every
  // family head of a national register at each start.
  const heads = (everyAgency: boolean) =>
    pool.query<{ nik: string }>(
      `select c.nik from population.citizen c
        where c.family_relationship = 'HEAD'
          and (select count(*) from population.citizen m where m.family_kk = c.family_kk) >= 3
          and exists (select 1 from tax.taxpayer t join tax.filing f on f.npwp = t.npwp where t.nik = c.nik
            and t.status = 'ACTIVE')
          and exists (select 1 from health.membership h where h.nik = c.nik and h.status = 'ACTIVE')
          ${
            everyAgency
              ? `and exists (select 1 from regsosek.household_member r where r.nik = c.nik)
                 and (exists (select 1 from licensing.str s where s.nik = c.nik)
                   or exists (select 1 from licensing.business b where b.owner_nik = c.nik))`
              : ''
          }
        order by c.nik
        limit $1`,
      [count],
    );
  const first = (await heads(true)).rows.map((row) => row.nik);
  if (first.length >= count) return first;
  const rest = (await heads(false)).rows.map((row) => row.nik).filter((nik) => !first.includes(nik));
  return [...first, ...rest].slice(0, count);
}

/**
 * A health worker to apply for a SIP with: a lifetime STR and no SIP yet, an active JKN membership, and an
 * active, matched NPWP with the returns of the generator's last two tax years filed. The first by NIK, if any.
 */
export async function sampleHealthWorker(pool: Pool): Promise<string | undefined> {
  const { rows } = await pool.query<{ nik: string }>(
    `select s.nik from licensing.str s
      where s.valid_until is null
        and not exists (select 1 from licensing.sip p where p.nik = s.nik)
        and exists (select 1 from health.membership h where h.nik = s.nik and h.status = 'ACTIVE')
        and exists (select 1 from tax.taxpayer t where t.nik = s.nik and t.status = 'ACTIVE'
          and t.matching_status = 'VALID'
          and (select count(*) from tax.filing f where f.npwp = t.npwp and f.year in ($1, $2)
            and f.status <> 'NOT_FILED') = 2)
      order by s.nik limit 1`,
    [REFERENCE_YEAR, REFERENCE_YEAR - 1],
  );
  return rows[0]?.nik;
}
