import { mkdirSync, createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client, Pool } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { migrate } from '../app/migrate';
import { AGENCY_TABLES } from '../seeds/agencies';
import { seedPopulation } from '../seeds/load';
import { ensureDatabase, onServer } from './database';

/** Every table the seed fills, parents first (the order a COPY must load them in). */
const SEEDED_TABLES = [
  'population.province',
  'population.regency',
  'population.district',
  'population.village',
  'population.family',
  'population.citizen',
  ...[...AGENCY_TABLES].reverse(),
];

async function recreate(url: string): Promise<void> {
  await onServer(url, (client, name) => client.query(`drop database if exists "${name}" with (force)`));
  await ensureDatabase(url);
  await migrate(url);
}

export interface SeedingResult {
  citizens: number;
  oursSeconds: number;
  copySeconds: number;
  rows: number;
}

/**
 * S6: `seedPopulation` into an empty, migrated database (generating every agency's records and loading them,
 * regions included) against PostgreSQL COPY of exactly the rows it wrote, from CSV files, into another empty,
 * migrated database with the same tables, indexes and constraints.
 */
export async function measureSeeding(baseUrl: string, citizens: number, scratch: string): Promise<SeedingResult> {
  const seededUrl = Object.assign(new URL(baseUrl), { pathname: '/citizen360_bench_seed' }).toString();
  const copiedUrl = Object.assign(new URL(baseUrl), { pathname: '/citizen360_bench_copy' }).toString();
  await recreate(seededUrl);
  const seeded = new Pool({ connectionString: seededUrl, max: 2 });
  const started = process.hrtime.bigint();
  await seedPopulation(seeded, { citizens, seed: 'bench-seeding' });
  const oursSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  const folder = join(scratch, 'csv');
  mkdirSync(folder, { recursive: true });
  let rows = 0;
  const exporter = await seeded.connect();
  try {
    for (const table of SEEDED_TABLES) {
      await pipeline(
        exporter.query(copyTo(`copy ${table} to stdout with (format csv)`)),
        createWriteStream(join(folder, `${table}.csv`)),
      );
      rows += Number((await exporter.query(`select count(*) as n from ${table}`)).rows[0].n);
    }
  } finally {
    exporter.release();
    await seeded.end();
  }

  await recreate(copiedUrl);
  const copier = new Client({ connectionString: copiedUrl });
  await copier.connect();
  try {
    const copyStarted = process.hrtime.bigint();
    await copier.query('begin');
    for (const table of SEEDED_TABLES) {
      await pipeline(
        createReadStream(join(folder, `${table}.csv`)),
        copier.query(copyFrom(`copy ${table} from stdin with (format csv)`)),
      );
    }
    await copier.query('commit');
    const copySeconds = Number(process.hrtime.bigint() - copyStarted) / 1e9;
    return { citizens, oursSeconds, copySeconds, rows };
  } finally {
    await copier.end();
  }
}
