import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { parseCsvRows } from '../hub/csv';
import { inTransaction } from '../hub/transaction';
import { bulkInsert, detectBulkMethod, type BulkMethod } from './bulk';

/**
 * Kemendagri regions from the CSV files in `data/regions/`: those of `idn-area-data` 4.0.1, unchanged (data: ODbL
 * 1.0, see README). Kept in the repository: the package declares Node 22 for a loader the hub does not use.
 */
interface RegionTables {
  provinces: { code: string; name: string }[];
  regencies: { code: string; provinceCode: string; name: string }[];
  districts: { code: string; regencyCode: string; name: string }[];
  villages: { code: string; districtCode: string; name: string }[];
}

const DATA_DIR = join(__dirname, '..', 'data', 'regions');

/** Parses RFC 4180 CSV (quoted fields with commas and doubled quotes). Returns rows after the header. */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text)
    .slice(1)
    .filter((r) => r.length > 1);
}

function read(name: string): string[][] {
  return parseCsv(readFileSync(join(DATA_DIR, `${name}.csv`), 'utf8'));
}

let cached: RegionTables | undefined;

/** The four tables, parsed once per process. */
export function readRegionTables(): RegionTables {
  cached ??= {
    provinces: read('provinces').map(([code, name]) => ({ code, name })),
    regencies: read('regencies').map(([code, provinceCode, name]) => ({ code, provinceCode, name })),
    districts: read('districts').map(([code, regencyCode, name]) => ({ code, regencyCode, name })),
    villages: read('villages').map(([code, districtCode, name]) => ({ code, districtCode, name })),
  };
  return cached;
}

/**
 * Loads the region tables into the population schema unless they are already there (idempotent). One
 * transaction: a failure leaves the tables as they were. `method` defaults to what the server supports.
 */
export async function loadRegions(pool: Pool, method?: BulkMethod): Promise<{ loaded: boolean; villages: number }> {
  const bulk = method ?? (await detectBulkMethod(pool));
  const { rows } = await pool.query<{ present: boolean }>(
    'select exists (select 1 from population.province) as present',
  );
  if (rows[0].present) return { loaded: false, villages: 0 };
  const tables = readRegionTables();
  await inTransaction(pool, async (client) => {
    await bulkInsert(
      client,
      bulk,
      'population.province',
      ['code', 'name'],
      tables.provinces.map((r) => [r.code, r.name]),
    );
    await bulkInsert(
      client,
      bulk,
      'population.regency',
      ['code', 'province_code', 'name'],
      tables.regencies.map((r) => [r.code, r.provinceCode, r.name]),
    );
    await bulkInsert(
      client,
      bulk,
      'population.district',
      ['code', 'regency_code', 'name'],
      tables.districts.map((r) => [r.code, r.regencyCode, r.name]),
    );
    await bulkInsert(
      client,
      bulk,
      'population.village',
      ['code', 'district_code', 'name'],
      tables.villages.map((r) => [r.code, r.districtCode, r.name]),
    );
  });
  return { loaded: true, villages: tables.villages.length };
}
