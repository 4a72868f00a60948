import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Pool } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { runImport } from '../connectors/core/runner';
import { SOURCES } from '../connectors/registry';
import { migrate } from '../app/migrate';
import { exportPopulation } from '../connectors/export';
import { loadReferenceData, seedPopulation } from '../seeds/load';
import { ensureDatabase, onServer } from './database';

export interface ImportResult {
  source: string;
  records: number;
  rows: number;
  oursSeconds: number;
  copySeconds: number;
}

const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/**
 * S8: each source's export of a seeded population imported through its connector (`runImport`: parse,
 * validate, map, reference checks, upsert, checkpoint), against PostgreSQL COPY of exactly the rows it wrote,
 * from CSV, into the same emptied tables. Sources run in the order a full load takes (the population first);
 * every import must insert every record and quarantine none.
 */
export async function measureImports(
  baseUrl: string,
  citizens: number,
  scratch: string,
  say: (line: string) => void,
): Promise<ImportResult[]> {
  const url = Object.assign(new URL(baseUrl), { pathname: '/citizen360_bench_imports' }).toString();
  await onServer(url, (client, name) => client.query(`drop database if exists "${name}" with (force)`));
  await ensureDatabase(url);
  await migrate(url);
  const pool = new Pool({ connectionString: url, max: 2 });
  const files = join(scratch, 'exports');
  const csv = join(scratch, 'import-csv');
  mkdirSync(csv, { recursive: true });
  const results: ImportResult[] = [];
  try {
    say(`  seeding and exporting ${citizens.toLocaleString('en')} citizens`);
    await seedPopulation(pool, { citizens, seed: 'bench-imports' });
    await exportPopulation({ dir: files, citizens, seed: 'bench-imports' });
    await loadReferenceData(pool);
    for (const [source, { connector }] of Object.entries(SOURCES)) {
      const truncate = `truncate ${connector.tables.join(', ')}`;
      let rows = 0;
      let copySeconds = 0;
      const client = await pool.connect();
      try {
        for (const table of connector.tables) {
          await pipeline(
            client.query(copyTo(`copy ${table} to stdout with (format csv)`)),
            createWriteStream(join(csv, `${table}.csv`)),
          );
          rows += Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
        }
        await client.query(truncate);
        const copyStarted = process.hrtime.bigint();
        await client.query('begin');
        for (const table of connector.tables)
          await pipeline(
            createReadStream(join(csv, `${table}.csv`)),
            client.query(copyFrom(`copy ${table} from stdin with (format csv)`)),
          );
        await client.query('commit');
        copySeconds = seconds(copyStarted);
        await client.query(truncate);
      } finally {
        client.release();
      }
      const started = process.hrtime.bigint();
      const summary = await runImport(pool, { connector, input: files });
      const oursSeconds = seconds(started);
      if (summary.quarantined > 0 || summary.inserted !== summary.read)
        throw new Error(
          `S8: the ${source} import quarantined ${summary.quarantined} and ` +
            `inserted ${summary.inserted} of ${summary.read} records`,
        );
      say(
        `  ${source}: ${summary.read.toLocaleString('en')} records, ${rows.toLocaleString('en')} rows ` +
          `in ${oursSeconds.toFixed(1)} s (COPY ${copySeconds.toFixed(1)} s)`,
      );
      results.push({ source, records: summary.read, rows, oursSeconds, copySeconds });
    }
  } finally {
    await pool.end();
  }
  return results;
}
