import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import { SOURCES } from '../../connectors/registry';
import { exportPopulation } from '../../connectors/export';
import { loadReferenceData, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { exportDirectory, tableChecksum } from '../support/imports';

// `npm run import` killed with SIGKILL about half-way, then run again: the same rows as the source, each once.
const CITIZENS = 20_000;
const SEED = 'resume';
const ROOT = join(__dirname, '..', '..');
let database: TestDatabase;
let pool: Pool;
let files: ReturnType<typeof exportDirectory>;

const CASES: { source: string; tables: [string, string][]; records: () => Promise<number> }[] = [
  {
    source: 'dukcapil',
    tables: [
      ['population.family', 'kk'],
      ['population.citizen', 'nik'],
    ],
    records: async () => CITIZENS,
  },
  {
    source: 'satusehat',
    tables: [
      ['health.patient', 'nik'],
      ['health.membership', 'card_number'],
      ['licensing.str', 'number'],
      ['licensing.sip', 'number'],
    ],
    // One bundle per person with anything in SATUSEHAT: a patient record, a JKN membership or an STR.
    records: async () =>
      Number(
        (
          await pool.query(
            `select count(*) from (select nik from health.patient union select nik from health.membership union select
              nik from licensing.str) people`,
          )
        ).rows[0].count,
      ),
  },
];

function importCommand(source: string) {
  return ['-r', '@swc-node/register', join(ROOT, 'app', 'import.ts'), source, files.dir, '--batch', '100'];
}

const env = () => ({
  ...process.env,
  DATABASE_URL: database.url,
  REDIS_URL: '',
  INSIGHTS_KEY_FILE: join(files.dir, 'insights.key'),
  LOG_LEVEL: 'error',
});

async function runningRead(source: string): Promise<number> {
  const { rows } = await pool.query<{ read: number }>(
    `select read from connectors.import_run where source = $1 and status = 'RUNNING'`,
    [source],
  );
  return rows[0]?.read ?? 0;
}

beforeAll(async () => {
  database = await createTestDatabase('import_resume');
  pool = database.pool;
  files = exportDirectory('resume');
  await Promise.all([
    seedPopulation(pool, { citizens: CITIZENS, seed: SEED }),
    exportPopulation({
      dir: files.dir,
      citizens: CITIZENS,
      seed: SEED,
      sources: CASES.map((c) => c.source),
      exporters: Object.fromEntries(CASES.map((c) => [c.source, SOURCES[c.source].exporter])),
    }),
  ]);
  await loadReferenceData(pool);
}, 120_000);

afterAll(async () => {
  files?.remove();
  await database?.drop();
});

describe.each(CASES)('npm run import -- $source, killed half-way and run again', ({ source, tables, records }) => {
  it('ends with exactly the rows of the source, none lost and none twice', async () => {
    const total = await records();
    const seeded = await Promise.all(tables.map(([table, key]) => tableChecksum(pool, table, key)));
    await pool.query(`truncate ${tables.map(([table]) => table).join(', ')} cascade`);

    const child = spawn(process.execPath, importCommand(source), { cwd: ROOT, env: env(), stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let read = 0;
    while (read < total / 2 && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      read = await runningRead(source);
    }
    child.kill('SIGKILL');
    await exited;
    const killedAt = await runningRead(source);
    expect(killedAt).toBeGreaterThanOrEqual(total * 0.4);
    expect(killedAt).toBeLessThan(total);

    const { stdout } = await promisify(execFile)(process.execPath, importCommand(source), { cwd: ROOT, env: env() });
    const resumedAfter = Number(/resumed after record ([0-9,]+)/.exec(stdout)?.[1].replace(/,/g, ''));
    expect(resumedAfter).toBeGreaterThanOrEqual(killedAt);
    const n = total.toLocaleString('en-US');
    expect(stdout).toContain(`read ${n} = inserted ${n} + updated 0 + unchanged 0 + quarantined 0`);
    expect(await Promise.all(tables.map(([table, key]) => tableChecksum(pool, table, key)))).toEqual(seeded);
    const { rows: runs } = await pool.query(
      'select status, read, inserted from connectors.import_run where source = $1',
      [source],
    );
    expect(runs).toEqual([{ status: 'DONE', read: total, inserted: total }]);
  }, 180_000);
});
