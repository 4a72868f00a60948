import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { createDjpConnector } from '../../connectors/djp/connector';
import type { DjpTaxpayer } from '../../connectors/djp/format';
import { runImport, type ImportSummary } from '../../connectors/core/runner';
import { exportPopulation } from '../../connectors/export';
import { loadReferenceData, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startDjpAgency, type DjpAgency } from '../support/djp-agency';

// The DJP connector against real PostgreSQL and a real HTTP server on loopback playing the DJP API. The database
// is seeded (what `npm run seed` loads) and its tax rows kept aside; each import starts from empty tax tables
// with the population register in place, and must end with the seeded rows, row for row.
const CITIZENS = 3_000;
const SEED = 'rt';

// Short waits so the failure scenarios take milliseconds; the shape (retry, breaker, timeout) is the real one.
const connector = createDjpConnector({
  resilience: {
    timeoutMs: 5_000,
    retries: 5,
    initialDelayMs: 5,
    maxDelayMs: 20,
    breakerThreshold: 3,
    halfOpenAfterMs: 60_000,
  },
  pageSize: 10,
});

let database: TestDatabase;
/** The seeded tax rows, read before any import empties the tables. */
let seededRows: Awaited<ReturnType<typeof taxRows>>;
let pool: Pool;
let dir: string;
let exportFile: string;
let lines: string[];
let taxpayers: DjpTaxpayer[];
let agency: DjpAgency;

const TAXPAYER_SQL =
  'select npwp, nik, status, matching_status, tax_office_code, registered_on::text from tax.taxpayer order by npwp';
const FILING_SQL = 'select id, npwp, year, form, status, filed_on::text from tax.filing order by id';

async function taxRows(db: Pool): Promise<{ taxpayers: unknown[][]; filings: unknown[][] }> {
  const [t, f] = [await db.query(TAXPAYER_SQL), await db.query(FILING_SQL)];
  return { taxpayers: t.rows.map((r) => Object.values(r)), filings: f.rows.map((r) => Object.values(r)) };
}

/** The database as before any import: the register in place, no taxpayers, no runs. */
async function emptyTarget(): Promise<void> {
  await pool.query('truncate tax.filing, tax.taxpayer, connectors.quarantine, connectors.import_run');
}

const run = (input: string, options: { since?: string; batchSize?: number } = {}) =>
  runImport(pool, { connector, input, ...options });

function expectReconciled(summary: ImportSummary): void {
  expect(summary.read).toBe(summary.inserted + summary.updated + summary.unchanged + summary.quarantined);
}

async function writeLines(name: string, content: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${content.join('\n')}\n`);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'djp-'));
  database = await createTestDatabase('djp');
  pool = database.pool;
  await seedPopulation(pool, { citizens: CITIZENS, seed: SEED });
  seededRows = await taxRows(pool);
  await loadReferenceData(pool);
  const { files } = await exportPopulation({ dir, citizens: CITIZENS, seed: SEED, sources: ['djp'] });
  exportFile = files[0].path;
  lines = (await readFile(exportFile, 'utf8')).trimEnd().split('\n');
  taxpayers = lines.map((line) => JSON.parse(line) as DjpTaxpayer);
  agency = await startDjpAgency(exportFile);
});

afterAll(async () => {
  await agency?.close();
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('djp connector: round trip', () => {
  it('asks the API for every NIK of the register, 100 at a time, and gets back exactly the seeded rows', async () => {
    await emptyTarget();
    const before = agency.requests.length;
    const summary = await run(agency.url);
    expectReconciled(summary);
    expect(summary).toMatchObject({
      read: taxpayers.length,
      inserted: taxpayers.length,
      quarantined: 0,
      resumedAfter: 0,
    });
    const asked = agency.requests.slice(before);
    expect(asked.map((r) => r.niks)).toEqual(Array.from({ length: CITIZENS / 100 }, () => 100));
    expect(await taxRows(pool)).toEqual(seededRows);

    const { rows: stamps } = await pool.query(
      'select source_agency, source_system, count(*)::int as count from tax.taxpayer group by 1, 2',
    );
    expect(stamps).toEqual([
      { source_agency: 'DJP (Kemenkeu)', source_system: 'Coretax DJP', count: taxpayers.length },
    ]);
    const first = taxpayers[0];
    const {
      rows: [asOf],
    } = await pool.query('select source_as_of from tax.taxpayer where npwp = $1', [first.npwp]);
    expect(asOf.source_as_of).toEqual(new Date(first.updatedAt));

    const again = await run(agency.url);
    expect(again).toMatchObject({
      read: taxpayers.length,
      inserted: 0,
      updated: 0,
      unchanged: taxpayers.length,
      quarantined: 0,
    });
  });

  it('reads the export file to the same rows, and a re-run changes nothing', async () => {
    await emptyTarget();
    const summary = await run(dir);
    expectReconciled(summary);
    expect(summary).toMatchObject({ read: taxpayers.length, inserted: taxpayers.length, quarantined: 0 });
    expect(await taxRows(pool)).toEqual(seededRows);
    expect(await run(exportFile)).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: taxpayers.length,
      quarantined: 0,
    });
  });
});

describe('djp connector: changes', () => {
  it('updates one changed taxpayer, stamping the new as-of time', async () => {
    await emptyTarget();
    await run(exportFile);
    const index = taxpayers.findIndex((t) => t.matchingStatus === 'NOT_YET_VALID');
    const changed = { ...taxpayers[index], matchingStatus: 'VALID', updatedAt: '2026-11-02T09:30:00+07:00' };
    const file = await writeLines(
      'updated.ndjson',
      lines.map((line, i) => (i === index ? JSON.stringify(changed) : line)),
    );
    const summary = await run(file);
    expect(summary).toMatchObject({
      read: taxpayers.length,
      inserted: 0,
      updated: 1,
      unchanged: taxpayers.length - 1,
      quarantined: 0,
    });
    const {
      rows: [row],
    } = await pool.query(
      'select matching_status, source_agency, source_system, source_as_of from tax.taxpayer where npwp = $1',
      [changed.npwp],
    );
    expect(row).toEqual({
      matching_status: 'VALID',
      source_agency: 'DJP (Kemenkeu)',
      source_system: 'Coretax DJP',
      source_as_of: new Date('2026-11-02T02:30:00Z'),
    });
  });

  it('follows a taxpayer whose NPWP became their NIK, returns and all, instead of refusing it', async () => {
    await emptyTarget();
    await run(exportFile);
    const index = taxpayers.findIndex((t) => t.npwp !== t.nik && t.filings.length > 0);
    const legacy = taxpayers[index];
    const renumbered = { ...legacy, npwp: legacy.nik, updatedAt: '2026-11-03T08:00:00+07:00' };
    const file = await writeLines(
      'renumbered.ndjson',
      lines.map((line, i) => (i === index ? JSON.stringify(renumbered) : line)),
    );
    expect(await run(file)).toMatchObject({ inserted: 0, updated: 1, quarantined: 0 });
    expect((await pool.query('select npwp from tax.taxpayer where nik = $1', [legacy.nik])).rows).toEqual([
      { npwp: legacy.nik },
    ]);
    const filed = async (npwp: string) =>
      (
        await pool.query<{ year: number }>('select year from tax.filing where npwp = $1 order by year', [npwp])
      ).rows.map((r) => r.year);
    expect(await filed(legacy.npwp)).toEqual([]);
    expect(await filed(legacy.nik)).toEqual(legacy.filings.map((f) => f.year).sort());
  });

  /**
   * 25 taxpayers change after every update in the export (a return withdrawn, the registration deleted), served by the
   * agency.
   */
  async function serveChanges(): Promise<DjpTaxpayer[]> {
    const changedAt = (n: number) => `2027-01-0${1 + (n % 5)}T10:00:00+07:00`;
    const picked = new Map(
      taxpayers
        .map((t, i) => [i, t] as const)
        .filter(([, t]) => t.filings.length > 0)
        .slice(0, 25)
        .map(([i, t], n) => [i, { ...t, status: 'DELETED', filings: t.filings.slice(1), updatedAt: changedAt(n) }]),
    );
    await agency.load(
      await writeLines(
        'changes.ndjson',
        lines.map((line, i) => (picked.has(i) ? JSON.stringify(picked.get(i)) : line)),
      ),
    );
    return [...picked.values()];
  }

  const SINCE = '2026-12-31T17:00:00Z';

  it('with --since, pages through /changes and pulls only the taxpayers changed since', async () => {
    await emptyTarget();
    await run(exportFile);
    const changed = await serveChanges();
    try {
      const before = agency.requests.length;
      const summary = await run(agency.url, { since: SINCE });
      expect(summary).toMatchObject({ read: 25, inserted: 0, updated: 25, unchanged: 0, quarantined: 0 });
      // Pages of 10: 10 + 10 + 5.
      expect(agency.requests.slice(before).map((r) => r.path)).toEqual(
        Array.from({ length: 3 }, () => '/v1/taxpayers/changes'),
      );
      const npwps = changed.map((t) => t.npwp);
      const { rows } = await pool.query<{ deleted: number; filings: number }>(
        `select count(*) filter (where status = 'DELETED')::int as deleted,
                (select count(*)::int from tax.filing f where f.npwp = any($1)) as filings
           from tax.taxpayer where npwp = any($1)`,
        [npwps],
      );
      expect(rows[0]).toEqual({ deleted: 25, filings: changed.reduce((n, t) => n + t.filings.length, 0) });
      const untouched = seededRows.taxpayers.filter((row) => !npwps.includes(row[0] as string));
      expect((await taxRows(pool)).taxpayers.filter((row) => !npwps.includes(row[0] as string))).toEqual(untouched);
    } finally {
      await agency.load(exportFile);
    }
  });

  it('resumes a --since run stopped mid-page at the next record', async () => {
    await emptyTarget();
    await run(exportFile);
    await serveChanges();
    try {
      agency.downAfter(1);
      await expect(run(agency.url, { since: SINCE, batchSize: 7 })).rejects.toThrow(/circuit breaker opened/);
      const {
        rows: [stopped],
      } = await pool.query<{ read: number }>(`select read from connectors.import_run where status = 'RUNNING'`);
      expect(stopped.read).toBe(7);
      agency.up();
      const summary = await run(agency.url, { since: SINCE, batchSize: 7 });
      expect(summary).toMatchObject({ resumedAfter: 7, read: 25, updated: 25, unchanged: 0, quarantined: 0 });
    } finally {
      agency.up();
      await agency.load(exportFile);
    }
  });
});

describe('djp connector: an unreliable API', () => {
  it('retries a 503 twice and completes with nothing lost', async () => {
    await emptyTarget();
    agency.failNext(2, 503);
    const before = agency.requests.length;
    const summary = await run(agency.url);
    expect(summary).toMatchObject({ read: taxpayers.length, inserted: taxpayers.length, quarantined: 0 });
    expect(agency.requests.length - before).toBe(CITIZENS / 100 + 2);
    expect(await taxRows(pool)).toEqual(seededRows);
  });

  it('gives up on a request that hangs past the timeout and retries it', async () => {
    await emptyTarget();
    const impatient = createDjpConnector({
      resilience: { timeoutMs: 200, retries: 2, initialDelayMs: 5, maxDelayMs: 20, breakerThreshold: 3 },
    });
    agency.stallNext(1);
    const summary = await runImport(pool, { connector: impatient, input: agency.url });
    expect(summary).toMatchObject({ read: taxpayers.length, inserted: taxpayers.length, quarantined: 0 });
    expect(await taxRows(pool)).toEqual(seededRows);
  });

  it('does not retry a 4xx: the run stops at once with the reason', async () => {
    await emptyTarget();
    agency.failNext(1, 403);
    const before = agency.requests.length;
    await expect(run(agency.url)).rejects.toThrow(
      /refused the request \(HTTP 403\).*run the same command again to resume/,
    );
    expect(agency.requests.length - before).toBe(1);
  });

  it('opens the breaker when the API goes down, stops resumable, and a re-run completes with the same counts', async () => {
    await emptyTarget();
    agency.downAfter(12);
    const before = agency.requests.length;
    await expect(run(agency.url, { batchSize: 50 })).rejects.toThrow(
      /failed 3 times in a row \(last: connection failed \(\w+\)\); the circuit breaker opened and the import stopped.*resume/,
    );
    // Fails fast: the breaker's three failed attempts, then no more requests.
    expect(agency.requests.slice(before).filter((r) => !r.answered)).toHaveLength(3);
    const {
      rows: [stopped],
    } = await pool.query<{ status: string; read: number; inserted: number }>(
      'select status, read, inserted from connectors.import_run',
    );
    expect(stopped.status).toBe('RUNNING');
    expect(stopped.read).toBeGreaterThan(0);
    expect(Number((await pool.query('select count(*) from tax.taxpayer')).rows[0].count)).toBe(stopped.inserted);

    agency.up();
    const summary = await run(agency.url, { batchSize: 50 });
    expect(summary.resumedAfter).toBe(stopped.read);
    expect(summary).toMatchObject({
      read: taxpayers.length,
      inserted: taxpayers.length,
      updated: 0,
      unchanged: 0,
      quarantined: 0,
    });
    expect(await taxRows(pool)).toEqual(seededRows);
  });
});

describe('djp connector: bad records', () => {
  it('quarantines each bad record with its reason and imports every good one', async () => {
    await emptyTarget();
    const withFiling = (from: number) =>
      taxpayers.findIndex((t, i) => i >= from && t.filings.some((f) => f.filedOn !== null));
    const picks: { index: number; reason: string; corrupt: (t: DjpTaxpayer, line: string) => string }[] = [
      {
        index: 3,
        reason: 'status must be one of ACTIVE, NON_EFFECTIVE, DELETED',
        corrupt: (t) => JSON.stringify({ ...t, status: 'SUSPENDED' }),
      },
      {
        index: 50,
        reason: 'registeredOn is not a real date (YYYY-MM-DD)',
        corrupt: (t) => JSON.stringify({ ...t, registeredOn: undefined }),
      },
      {
        index: 90,
        reason: 'registeredOn is not a real date (YYYY-MM-DD)',
        corrupt: (t) => JSON.stringify({ ...t, registeredOn: '2021-02-30' }),
      },
      { index: 130, reason: 'not valid JSON', corrupt: (_, line) => line.slice(0, line.length / 2) },
      {
        index: 170,
        reason: 'NIK not in the population register',
        corrupt: (t) => {
          const nik = `${t.nik.slice(0, 12)}9999`;
          return JSON.stringify({ ...t, nik, npwp: t.npwp === t.nik ? nik : t.npwp });
        },
      },
      {
        index: 210,
        reason: 'taxOfficeCode is not a known tax office',
        corrupt: (t) => JSON.stringify({ ...t, taxOfficeCode: '999' }),
      },
      {
        index: withFiling(250),
        reason: 'filings form must be one of F1770, F1770S, F1770SS',
        corrupt: (t) => JSON.stringify({ ...t, filings: t.filings.map((f) => ({ ...f, form: 'F1771' })) }),
      },
      {
        index: withFiling(300),
        reason: 'filings filedOn must be a real date (YYYY-MM-DD) when filed, null when not',
        corrupt: (t) =>
          JSON.stringify({ ...t, filings: t.filings.map((f) => ({ ...f, filedOn: f.filedOn && '2024-13-01' })) }),
      },
      {
        index: withFiling(350),
        reason: 'filings list the same year twice',
        corrupt: (t) => JSON.stringify({ ...t, filings: [...t.filings, t.filings[0]] }),
      },
      {
        index: 400,
        reason: 'NIK must be exactly 16 digits',
        corrupt: (t) => JSON.stringify({ ...t, nik: t.nik.slice(1) }),
      },
      { index: 440, reason: 'record is not a JSON object', corrupt: () => '["not", "a", "taxpayer"]' },
    ];
    expect(new Set(picks.map((p) => p.index)).size).toBe(picks.length);
    const bad = new Map(picks.map((p) => [p.index, p]));
    const file = await writeLines(
      'bad.ndjson',
      lines.map((line, i) => (bad.has(i) ? bad.get(i)!.corrupt(taxpayers[i], line) : line)),
    );

    const summary = await run(file);
    expectReconciled(summary);
    expect(summary).toMatchObject({
      read: taxpayers.length,
      inserted: taxpayers.length - picks.length,
      quarantined: picks.length,
    });
    const { rows } = await pool.query<{ position: number; reason: string }>(
      'select position, reason from connectors.quarantine where run_id = $1 order by position',
      [summary.runId],
    );
    expect(rows.map((r) => [r.position, r.reason.startsWith('not valid JSON') ? 'not valid JSON' : r.reason])).toEqual(
      [...picks].sort((a, b) => a.index - b.index).map((p) => [p.index + 1, p.reason]),
    );
    expect(rows.every((r) => !/[0-9]{15,16}/.test(r.reason))).toBe(true);

    const badNpwps = new Set(picks.map((p) => taxpayers[p.index].npwp));
    const expected = seededRows;
    expect(await taxRows(pool)).toEqual({
      taxpayers: expected.taxpayers.filter((row) => !badNpwps.has(row[0] as string)),
      filings: expected.filings.filter((row) => !badNpwps.has(row[1] as string)),
    });
  });
});
