import { Client, Pool } from 'pg';
import { migrate } from '../app/migrate';
import { LegalBasis } from '../schema/legal-bases';
import { AGENCY_SCOPES } from '../schema/scopes';
import { ensureAccessRule } from '../seeds/catalogue';
import { seedPopulation } from '../seeds/load';
import { loadPseudonymisationKey } from '../subgraphs/insights/key';
import { refreshAfterLoad } from '../subgraphs/insights/projection';
import { join, resolve } from 'node:path';

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/citizen360_bench';
export const BENCH_SEED = 'bench';

/** The client and purpose the benchmark's officer reads as, on a public-task rule over every agency scope. */
export const BENCH_CLIENT = 'bench-client';
export const BENCH_PURPOSE = 'LICENSE_APPLICATION';
/** The client S5 reads as: every agency scope, on consent (so a revocation has something to stop). */
export const CONSENT_CLIENT = 'bench-consent-client';

async function ensureRule(pool: Pool, clientId: string, legalBasis: LegalBasis): Promise<void> {
  const client = await pool.connect();
  try {
    const { rowCount } = await client.query(`select 1 from consent.access_rule where client_id = $1 and purpose = $2`, [
      clientId,
      BENCH_PURPOSE,
    ]);
    if (!rowCount)
      await ensureAccessRule(client, { clientId, purpose: BENCH_PURPOSE, scopes: AGENCY_SCOPES, legalBasis });
    // The load generator reads every profile of the population many times over: its quota is the highest there is.
    await client.query(
      `update consent.client set requests_per_minute = 100000000, persons_per_hour = 100000000,
         persons_per_day = 100000000 where id = $1`,
      [clientId],
    );
  } finally {
    client.release();
  }
}

export interface BenchDatabase {
  url: string;
  citizens: number;
  /** Family heads with records in every agency: the profiles S1 reads, one after another. */
  profileNiks: string[];
  /** Sets of a hundred NIKs, each read by one S2 request. */
  hundreds: string[][];
  pool: Pool;
}

/** Runs `work` on the server of `url`, connected to its `postgres` database, with the name of the one in `url`. */
export async function onServer<T>(url: string, work: (client: Client, database: string) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client, new URL(url).pathname.slice(1).replace(/"/g, ''));
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` when it does not exist. */
export async function ensureDatabase(url: string): Promise<void> {
  await onServer(url, async (client, name) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  });
}

/**
 * The database the benchmark reads: migrated, holding exactly `citizens` synthetic citizens of the benchmark's
 * seed (seeded, or reseeded, when it does not), and the benchmark's access rule.
 */
export async function openBenchDatabase(
  url: string,
  citizens: number,
  onProgress: (done: number, total: number) => void,
): Promise<BenchDatabase> {
  await ensureDatabase(url);
  await migrate(url);
  const pool = new Pool({ connectionString: url, max: 6 });
  pool.on('error', () => undefined);
  const {
    rows: [{ count }],
  } = await pool.query<{ count: string }>('select count(*) as count from population.citizen');
  const seeding = Number(count) !== citizens;
  if (seeding) await seedPopulation(pool, { citizens, seed: BENCH_SEED, replace: true, onProgress });
  // The planners' projection of this population (S7), built once per load.
  await refreshAfterLoad(
    pool,
    loadPseudonymisationKey(join(resolve(__dirname, '..'), '.data', 'bench-insights.key'), { create: true }),
    { loaded: seeding },
  );
  // The rules are in place before any process starts (their rule books load them once).
  await ensureRule(pool, BENCH_CLIENT, LegalBasis.PUBLIC_TASK);
  await ensureRule(pool, CONSENT_CLIENT, LegalBasis.CONSENT);
  const profileNiks = (
    await pool.query<{ nik: string }>(
      `select c.nik from population.citizen c
      where c.family_relationship = 'HEAD'
        and exists (select 1 from tax.taxpayer t join tax.filing f on f.npwp = t.npwp where t.nik = c.nik)
        and exists (select 1 from health.membership h where h.nik = c.nik)
      order by c.nik limit 1000`,
    )
  ).rows.map((r) => r.nik);
  const spread = (
    await pool.query<{ nik: string }>('select nik from population.citizen order by nik limit 2000')
  ).rows.map((r) => r.nik);
  const hundreds = Array.from({ length: 20 }, (_, i) => spread.slice(i * 100, i * 100 + 100));
  return { url, citizens, profileNiks, hundreds, pool };
}
