import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { runImport, type ImportSummary } from '../../connectors/core/runner';
import { ossConnector } from '../../connectors/oss/connector';
import type { OssBusiness } from '../../connectors/oss/format';
import { checkNik } from '../../schema/scalars/identity-number';
import { exportPopulation } from '../../connectors/export';
import { seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';

// OSS RBA export -> import into real PostgreSQL: the seeded businesses come back exactly, bad records are
// quarantined with their reasons, and changes (a rename, a KBLI dropped) are updates.
const CITIZENS = 3_000;
const SEED = 'rt';

let imported: TestDatabase;
/** The seeded OSS rows, read before the tables are emptied for the imports. */
let seeded: Awaited<ReturnType<typeof ossTables>>;
let dir: string;
let exportFile: string;
let records: OssBusiness[];
/** What the exporter said it wrote. */
let exportedCount: number;
/** The export as the update tests have changed it so far. */
let current: OssBusiness[];
const RENAMED = 3;

/** Writes a variant of the export (one JSON element per line, as OSS does) and returns its path. */
async function writeExport(name: string, lines: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `[\n${lines.join(',\n')}\n]\n`);
  return path;
}

/** Both OSS tables, every column but provenance, in key order. */
async function ossTables(pool: Pool) {
  const { rows: businesses } = await pool.query(
    'select nib, owner_nik, name, issued_on::text from licensing.business order by nib collate "C"',
  );
  const { rows: activities } = await pool.query(
    'select id, nib, kbli, kbli_version, description, risk_level ' +
      'from licensing.business_activity order by id collate "C"',
  );
  return { businesses, activities };
}

const importFile = (input: string): Promise<ImportSummary> =>
  runImport(imported.pool, { connector: ossConnector, input, batchSize: 50 });

const reconciles = (s: ImportSummary) => expect(s.read).toBe(s.inserted + s.updated + s.unchanged + s.quarantined);

beforeAll(async () => {
  imported = await createTestDatabase('oss');
  await seedPopulation(imported.pool, { citizens: CITIZENS, seed: SEED });
  // The register (and reference data) stays; the OSS rows are what the import must bring back.
  seeded = await ossTables(imported.pool);
  await imported.pool.query('truncate licensing.business_activity, licensing.business');
  dir = await mkdtemp(join(tmpdir(), 'oss-export-'));
  const { files, records: written } = await exportPopulation({ dir, citizens: CITIZENS, seed: SEED, sources: ['oss'] });
  exportFile = files[0].path;
  records = (await readFile(exportFile, 'utf8'))
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line.replace(/,$/, '')));
  exportedCount = written.oss;
});

afterAll(async () => {
  await imported?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('oss connector', () => {
  it('writes a JSON array, one business per line, at <dir>/oss/businesses.json', async () => {
    expect(exportFile).toBe(join(dir, 'oss', 'businesses.json'));
    const lines = (await readFile(exportFile, 'utf8')).split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-2)).toBe(']');
    expect(JSON.parse(lines.slice(0, -1).join('\n'))).toEqual(records);
    expect(records.length).toBeGreaterThan(50);
    expect(exportedCount).toBe(records.length);
    expect(Object.keys(records[0])).toEqual(['nib', 'ownerNik', 'name', 'issuedOn', 'kbli']);
    expect(Object.keys(records[0].kbli[0])).toEqual(['code', 'version', 'description', 'riskLevel']);
  });

  it('round trip: importing the export gives back exactly the seeded businesses and KBLI activities', async () => {
    const summary = await importFile(dir);
    expect(summary).toMatchObject({
      read: records.length,
      inserted: records.length,
      updated: 0,
      unchanged: 0,
      quarantined: 0,
    });
    reconciles(summary);
    const [expected, actual] = [seeded, await ossTables(imported.pool)];
    expect(actual.businesses).toHaveLength(records.length);
    expect(actual).toEqual(expected);
    const { rows } = await imported.pool.query('select distinct source_agency, source_system from licensing.business');
    expect(rows).toEqual([{ source_agency: 'Kementerian Investasi/BKPM', source_system: 'OSS RBA' }]);
  });

  it('a second import of the same export changes nothing', async () => {
    const { rows: before } = await imported.pool.query(
      'select nib, source_as_of from licensing.business order by nib collate "C"',
    );
    const summary = await importFile(exportFile);
    expect(summary).toMatchObject({
      read: records.length,
      inserted: 0,
      updated: 0,
      unchanged: records.length,
      quarantined: 0,
    });
    const { rows: after } = await imported.pool.query(
      'select nib, source_as_of from licensing.business order by nib collate "C"',
    );
    expect(after).toEqual(before);
  });

  it('a changed business is one update, stamped with OSS provenance and its own updatedAt', async () => {
    current = records.map((r, i) =>
      i === RENAMED ? { ...r, name: `${r.name} Baru`, updatedAt: '2026-03-01T08:30:00+07:00' } : r,
    );
    const summary = await importFile(
      await writeExport(
        'renamed.json',
        current.map((r) => JSON.stringify(r)),
      ),
    );
    expect(summary).toMatchObject({
      read: records.length,
      inserted: 0,
      updated: 1,
      unchanged: records.length - 1,
      quarantined: 0,
    });
    const {
      rows: [row],
    } = await imported.pool.query(
      'select name, source_agency, source_system, source_as_of from licensing.business where nib = $1',
      [records[RENAMED].nib],
    );
    expect(row).toEqual({
      name: `${records[RENAMED].name} Baru`,
      source_agency: 'Kementerian Investasi/BKPM',
      source_system: 'OSS RBA',
      source_as_of: new Date('2026-03-01T01:30:00Z'),
    });
  });

  it('a KBLI dropped from a business is deleted on re-import, and the business counts as updated', async () => {
    const index = current.findIndex((r, i) => i !== RENAMED && r.kbli.length >= 2);
    const target = current[index];
    const [kept, ...dropped] = target.kbli;
    current = current.map((r, i) => (i === index ? { ...r, kbli: [kept] } : r));
    const before = await ossTables(imported.pool);
    const summary = await importFile(
      await writeExport(
        'dropped.json',
        current.map((r) => JSON.stringify(r)),
      ),
    );
    expect(summary).toMatchObject({
      read: records.length,
      inserted: 0,
      updated: 1,
      unchanged: records.length - 1,
      quarantined: 0,
    });
    const after = await ossTables(imported.pool);
    const droppedIds = dropped.map((k) => `${target.nib}-${k.code}`);
    expect(after.businesses).toEqual(before.businesses);
    expect(after.activities).toEqual(before.activities.filter((a) => !droppedIds.includes(a.id)));
    expect(after.activities.filter((a) => a.nib === target.nib).map((a) => a.kbli)).toEqual([kept.code]);
  });

  it('quarantines bad records (about 1%) with the reason and their position, and imports every good one', async () => {
    await imported.pool.query('truncate licensing.business_activity, licensing.business');
    // ~1,000 businesses: the export's, and 17 more of each by the same owners under NIBs of their own
    // (the seed's NIBs are 91 and a small counter, so digits 5-6 are free to number the copies).
    const many = [...Array(18).keys()].flatMap((copy) =>
      records.map((r) => ({ ...r, nib: `${r.nib.slice(0, 4)}${String(copy).padStart(2, '0')}${r.nib.slice(6)}` })),
    );
    expect(new Set(many.map((r) => r.nib)).size).toBe(many.length);
    const known = new Set(records.map((r) => r.ownerNik));
    const stranger = [...Array(9_000).keys()]
      .map((n) => `${records[0].ownerNik.slice(0, 12)}${n + 1000}`)
      .find((nik) => !known.has(nik) && checkNik(nik).ok)!;
    const { rows: registered } = await imported.pool.query('select 1 from population.citizen where nik = $1', [
      stranger,
    ]);
    expect(registered).toEqual([]);
    // Index in the file -> how the record is spoiled, and the reason it must be quarantined with.
    const spoil: Record<number, [(r: OssBusiness) => string, string]> = {
      20: [
        (r) => JSON.stringify({ ...r, kbli: r.kbli.map((k) => ({ ...k, riskLevel: 'EXTREME' })) }),
        'kbli riskLevel must be one of LOW, MEDIUM_LOW, MEDIUM_HIGH, HIGH',
      ],
      95: [(r) => JSON.stringify({ ...r, name: undefined }), 'name is missing'],
      150: [(r) => JSON.stringify(r).slice(0, 40), 'not valid JSON'],
      210: [(r) => JSON.stringify({ ...r, ownerNik: stranger }), 'NIK not in the population register'],
      333: [(r) => JSON.stringify({ ...r, issuedOn: '2023-02-30' }), 'issuedOn is not a real date (YYYY-MM-DD)'],
      400: [(r) => JSON.stringify({ ...r, nib: r.nib.slice(1) }), 'nib is not 13 digits'],
      512: [(r) => JSON.stringify({ ...r, kbli: [r.kbli[0], r.kbli[0]] }), 'kbli lists the same code twice'],
      640: [(r) => JSON.stringify({ ...r, kbli: [] }), 'kbli must list at least one activity'],
      777: [
        (r) => JSON.stringify({ ...r, kbli: r.kbli.map((k) => ({ ...k, code: Number(k.code) })) }),
        'kbli code is not 5 digits',
      ],
      901: [
        (r) => JSON.stringify({ ...r, ownerNik: `${r.ownerNik.slice(0, 6)}3213${r.ownerNik.slice(10)}` }),
        'ownerNik: NIK birth date is invalid: month must be 01-12',
      ],
    };
    const lines = many.map((r, i) => (spoil[i] ? spoil[i][0](r) : JSON.stringify(r)));
    const summary = await importFile(await writeExport('spoiled.json', lines));
    const bad = Object.keys(spoil).length;
    expect(summary).toMatchObject({
      read: many.length,
      inserted: many.length - bad,
      updated: 0,
      unchanged: 0,
      quarantined: bad,
    });
    reconciles(summary);

    const { rows: quarantined } = await imported.pool.query<{ position: number; reason: string; record: string }>(
      'select position, reason, record from connectors.quarantine where run_id = $1 order by position',
      [summary.runId],
    );
    expect(
      quarantined.map((q) => [q.position, q.reason.startsWith('not valid JSON') ? 'not valid JSON' : q.reason]),
    ).toEqual(Object.entries(spoil).map(([i, [, reason]]) => [Number(i) + 1, reason]));
    expect(quarantined.map((q) => q.record)).toEqual(Object.keys(spoil).map((i) => `${lines[Number(i)]},`));
    // No reason repeats a value from the record.
    for (const { reason } of quarantined) expect(reason).not.toMatch(/[0-9]{5,}/);

    const good = many.filter((_, i) => !spoil[i]);
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    const actual = await ossTables(imported.pool);
    expect(actual.businesses).toEqual(
      good
        .map((r) => ({ key: r.nib, row: { nib: r.nib, owner_nik: r.ownerNik, name: r.name, issued_on: r.issuedOn } }))
        .sort(byKey)
        .map((e) => e.row),
    );
    expect(actual.activities).toEqual(
      good
        .flatMap((r) =>
          r.kbli.map((k) => ({
            key: `${r.nib}-${k.code}`,
            row: {
              id: `${r.nib}-${k.code}`,
              nib: r.nib,
              kbli: k.code,
              kbli_version: k.version,
              description: k.description,
              risk_level: k.riskLevel,
            },
          })),
        )
        .sort(byKey)
        .map((e) => e.row),
    );
  });
});
