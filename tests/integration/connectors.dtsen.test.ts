import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Pool } from 'pg';
import type { RowsRecord } from '../../connectors/core/upsert';
import { csvLine, parseCsvLine } from '../../hub/csv';
import { runImport, type ImportOptions } from '../../connectors/core/runner';
import { dtsenConnector } from '../../connectors/dtsen/connector';
import { BPS_VILLAGE_UNKNOWN, HOUSEHOLD_UNKNOWN, NIK_UNKNOWN } from '../../connectors/dtsen/mapper';
import { MEMBER } from '../../connectors/dtsen/tables';
import { exportPopulation } from '../../connectors/export';
import { loadReferenceData, seedPopulation } from '../../seeds/load';
import { announceCommitted } from '../../connectors/core/announce';
import { inProcessChangeFeed } from '../../hub/change-feed';
import { inProcessKeyValue } from '../../hub/kv';
import { createEpochs } from '../../policy/epochs';
import { createTestDatabase, type TestDatabase } from '../support/database';

// DTSEN households and members, imported from the CSV delivery into real PostgreSQL: the database is seeded as
// `npm run seed` does and its DTSEN rows kept aside; then its DTSEN tables are emptied and filled by the connector.
const CITIZENS = 3_000;
const SEED = 'rt';

let database: TestDatabase;
/** The seeded DTSEN rows, read before the tables are emptied for the imports. */
let seeded: { households: { id: string }[]; members: { nik: string }[] };
let tmp: string;
let dir: string;
let households: string[];
let members: string[];

/** The data lines of a CSV file (without the header). */
async function dataLines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8'))
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '');
}

async function writeCsv(path: string, header: string, lines: readonly string[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, [header, ...lines].map((line) => `${line}\r\n`).join(''));
}

async function header(file: string): Promise<string> {
  return (await readFile(join(dir, file), 'utf8')).split('\r\n')[0];
}

/** A table's rows without the provenance columns, in key order. */
async function tableRows(pool: Pool, table: string, key: string): Promise<unknown[]> {
  const { rows } = await pool.query(
    `select to_jsonb(t) - 'source_agency' - 'source_system' - 'source_as_of' as row from ${table} t order by ${key}`,
  );
  return rows.map((r) => r.row);
}

const truncate = (pool: Pool) => pool.query('truncate regsosek.household_member, regsosek.household');
const importDtsen = (input: string, options: Pick<ImportOptions, 'batchSize' | 'afterCommit'> = {}) =>
  runImport(database.pool, { connector: dtsenConnector, input, ...options });

/** Changes one field of a CSV line. */
function withField(fileHeader: string, line: string, name: string, value: string): string {
  const fields = parseCsvLine(line);
  fields[parseCsvLine(fileHeader).indexOf(name)] = value;
  return csvLine(fields);
}

beforeAll(async () => {
  database = await createTestDatabase('dtsen');
  tmp = await mkdtemp(join(tmpdir(), 'dtsen-'));
  await Promise.all([
    seedPopulation(database.pool, { citizens: CITIZENS, seed: SEED }),
    exportPopulation({ dir: tmp, citizens: CITIZENS, seed: SEED, sources: ['dtsen'] }),
  ]);
  seeded = {
    households: (await tableRows(database.pool, 'regsosek.household', 'id')) as { id: string }[],
    members: (await tableRows(database.pool, 'regsosek.household_member', 'nik')) as { nik: string }[],
  };
  await loadReferenceData(database.pool);
  await truncate(database.pool);
  dir = join(tmp, 'dtsen');
  households = await dataLines(join(dir, 'households.csv'));
  members = await dataLines(join(dir, 'members.csv'));
});

afterAll(async () => {
  await database?.drop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function expectSameAsSeed(): Promise<void> {
  expect(await tableRows(database.pool, 'regsosek.household', 'id')).toEqual(seeded.households);
  expect(await tableRows(database.pool, 'regsosek.household_member', 'nik')).toEqual(seeded.members);
}

describe('dtsen connector', () => {
  it('imports the exported households and members into exactly the rows the seed loads, and a re-run changes nothing', async () => {
    const records = households.length + members.length;
    expect(households.length).toBe(seeded.households.length);
    expect(members.length).toBe(CITIZENS);

    // With the default batch of 2,000 the last households and the first members meet in one batch: members of a
    // household of that batch must still find it.
    const first = await importDtsen(dir);
    expect(first).toMatchObject({ read: records, inserted: records, updated: 0, unchanged: 0, quarantined: 0 });
    expect(first.read).toBe(first.inserted + first.updated + first.unchanged + first.quarantined);
    await expectSameAsSeed();

    const {
      rows: [run],
    } = await database.pool.query('select cursor, status from connectors.import_run where id = $1', [first.runId]);
    expect(run).toEqual({ cursor: `members:${(await stat(join(dir, 'members.csv'))).size}`, status: 'DONE' });
    const { rows: provenance } = await database.pool
      .query(`select distinct source_agency, source_system from regsosek.household
      union select distinct source_agency, source_system from regsosek.household_member`);
    expect(provenance).toEqual([{ source_agency: 'BPS', source_system: 'DTSEN' }]);

    const again = await importDtsen(dir);
    expect(again).toMatchObject({ read: records, inserted: 0, updated: 0, unchanged: records, quarantined: 0 });
  });

  it('updates a changed household and a member who moved, each file imported on its own', async () => {
    const [id] = parseCsvLine(households[10]);
    const {
      rows: [before],
    } = await database.pool.query<{ welfare_decile: number }>(
      'select welfare_decile from regsosek.household where id = $1',
      [id],
    );
    const decile = before.welfare_decile === 10 ? 9 : before.welfare_decile + 1;
    const changed = [...households];
    changed[10] = withField(await header('households.csv'), households[10], 'desil_kesejahteraan', String(decile));
    const householdsFile = join(tmp, 'update', 'households.csv');
    await writeCsv(householdsFile, await header('households.csv'), changed);
    const startedAt = new Date();

    const epochs = createEpochs(inProcessKeyValue());
    const { rows: residents } = await database.pool.query<{ nik: string }>(
      'select nik from regsosek.household_member where household_id = $1 order by nik',
      [id],
    );
    const marked = await epochs.read(residents.map((r) => r.nik));
    const summary = await importDtsen(householdsFile, {
      afterCommit: announceCommitted(dtsenConnector, { epochs, feed: inProcessChangeFeed() }),
    });
    expect(summary).toMatchObject({
      read: households.length,
      inserted: 0,
      updated: 1,
      unchanged: households.length - 1,
      quarantined: 0,
    });
    // Cached answers about the people of the household are not served again: their change counters moved.
    const counters = await epochs.read(residents.map((r) => r.nik));
    expect(residents.length).toBeGreaterThan(0);
    expect(residents.filter((r) => counters.people[r.nik] === marked.people[r.nik])).toEqual([]);
    const {
      rows: [after],
    } = await database.pool.query(
      'select welfare_decile, source_agency, source_system, source_as_of from regsosek.household where id = $1',
      [id],
    );
    expect(after).toMatchObject({ welfare_decile: decile, source_agency: 'BPS', source_system: 'DTSEN' });
    expect(after.source_as_of.getTime()).toBeGreaterThanOrEqual(startedAt.getTime() - 1_000);

    const [nik, from] = parseCsvLine(members[0]);
    const to = parseCsvLine(members.find((line) => parseCsvLine(line)[1] !== from)!)[1];
    const moved = [withField(await header('members.csv'), members[0], 'id_rumah_tangga', to), ...members.slice(1)];
    const membersFile = join(tmp, 'update', 'members.csv');
    await writeCsv(membersFile, await header('members.csv'), moved);
    expect(await importDtsen(membersFile)).toMatchObject({
      read: members.length,
      updated: 1,
      unchanged: members.length - 1,
      quarantined: 0,
    });
    const {
      rows: [member],
    } = await database.pool.query('select household_id from regsosek.household_member where nik = $1', [nik]);
    expect(member.household_id).toBe(to);
  });

  it('refuses a file that is neither kind, naming what it lacks', async () => {
    const path = join(tmp, 'other.csv');
    await writeCsv(path, 'id,name', ['1,x']);
    await expect(importDtsen(path)).rejects.toThrow(/neither a DTSEN households file .* nor a members file/);
    const partial = join(tmp, 'partial', 'members.csv');
    await writeCsv(partial, 'nik,id_rumah_tangga', []);
    await expect(importDtsen(partial)).rejects.toThrow(
      /lacks the DTSEN members columns jenjang_pendidikan, status_pekerjaan, lapangan_usaha, disabilitas/,
    );
  });

  it('resumes an interrupted import from the file and byte offset its cursor names', async () => {
    await truncate(database.pool);
    let commits = 0;
    const interrupted = importDtsen(dir, {
      batchSize: 400,
      afterCommit: async (records) => {
        commits += 1;
        if (records.some((record) => (record.data as RowsRecord).tables[0].table === MEMBER)) throw new Error('killed');
      },
    });
    await expect(interrupted).rejects.toThrow('killed');
    const {
      rows: [run],
    } = await database.pool.query(`select cursor, read from connectors.import_run where status = 'RUNNING'`);
    expect(run.cursor).toMatch(/^members:[0-9]+$/);
    expect(run.read).toBeGreaterThan(households.length);

    const resumed = await importDtsen(dir, { batchSize: 400 });
    expect(resumed.resumedAfter).toBe(run.read);
    expect(resumed).toMatchObject({
      read: households.length + members.length,
      inserted: households.length + members.length,
      quarantined: 0,
    });
    expect(commits).toBeGreaterThan(1);
    await expectSameAsSeed();
  });

  it('quarantines bad lines with their position and reason and imports every good one', async () => {
    const householdHeader = await header('households.csv');
    const memberHeader = await header('members.csv');
    const expected = new Map<number, string>();
    const badHouseholds = new Set<string>();
    const badMembers = new Set<string>();

    const householdCorruptions: [(line: string) => string, string][] = [
      [
        (l) => withField(householdHeader, l, 'jenis_lantai', 'MARMER'),
        'jenis_lantai must be one of CERAMIC, TILE, WOOD, CEMENT, BAMBOO, EARTH',
      ],
      [(l) => withField(householdHeader, l, 'no_kk', ''), 'no_kk is missing'],
      [
        (l) => withField(householdHeader, l, 'desil_kesejahteraan', '11'),
        'desil_kesejahteraan must be a whole number from 1 to 10',
      ],
      [(l) => withField(householdHeader, l, 'kode_desa_bps', '9999999999'), BPS_VILLAGE_UNKNOWN],
      [
        (l) => withField(householdHeader, l, 'tanggal_pendataan', '2022-02-30'),
        'tanggal_pendataan must be a date YYYY-MM-DD',
      ],
      [
        (l) => withField(householdHeader, l, 'aset', 'TELEVISION;YACHT'),
        'aset must list only REFRIGERATOR, AIR_CONDITIONER, MOTORCYCLE, CAR, LAND, GOLD, SMARTPHONE, TELEVISION, ' +
          'LAPTOP, LIVESTOCK',
      ],
      [(l) => l.slice(0, l.lastIndexOf(',')), 'not a households line: has 14 fields where the header has 15'],
      // A NUL aborted the whole import once (PostgreSQL cannot store it as text): now it is this line's fault.
      [(l) => l.replace(',', '\u0000,'), 'contains a NUL character or bytes that are not UTF-8'],
    ];
    const corruptHouseholds = households.map((line, i) => {
      if (i % 70 !== 5) return line;
      const [corrupt, reason] = householdCorruptions[((i - 5) / 70) % householdCorruptions.length];
      expected.set(i + 1, reason);
      badHouseholds.add(parseCsvLine(line)[0]);
      return corrupt(line);
    });

    const [someNik] = parseCsvLine(members[0]);
    const unknownNik = `${someNik.slice(0, 12)}9999`;
    expect((await database.pool.query('select 1 from population.citizen where nik = $1', [unknownNik])).rows).toEqual(
      [],
    );
    const memberCorruptions: [(line: string) => string, string][] = [
      [(l) => withField(memberHeader, l, 'nik', unknownNik), NIK_UNKNOWN],
      [(l) => withField(memberHeader, l, 'nik', someNik.slice(1)), 'NIK must be exactly 16 digits'],
      [(l) => withField(memberHeader, l, 'id_rumah_tangga', 'RT0000000000000000'), HOUSEHOLD_UNKNOWN],
      [
        (l) => withField(memberHeader, l, 'status_pekerjaan', 'PENSIUN'),
        'status_pekerjaan must be one of WORKING, UNEMPLOYED, IN_SCHOOL, HOMEMAKER, NOT_WORKING',
      ],
      [(l) => `"${l}`, 'not a members line: has 1 fields where the header has 6'],
      // Bytes that are not UTF-8 are read as U+FFFD.
      [(l) => l.replace(',', '\uFFFD,'), 'contains a NUL character or bytes that are not UTF-8'],
    ];
    let corrupted = 0;
    const corruptMembers = members.map((line, i) => {
      const [nik, household] = parseCsvLine(line);
      const position = households.length + i + 1;
      if (badHouseholds.has(household)) {
        expected.set(position, HOUSEHOLD_UNKNOWN);
        badMembers.add(nik);
        return line;
      }
      if (i % 150 !== 7) return line;
      const [corrupt, reason] = memberCorruptions[corrupted++ % memberCorruptions.length];
      expected.set(position, reason);
      badMembers.add(nik);
      return corrupt(line);
    });
    const records = households.length + members.length;
    // Every kind of corruption is in the file, the NUL and the bytes that are not UTF-8 included.
    expect(new Set(expected.values())).toEqual(
      new Set([...householdCorruptions, ...memberCorruptions].map(([, reason]) => reason).concat(HOUSEHOLD_UNKNOWN)),
    );
    expect(expected.size / records).toBeGreaterThan(0.01);
    expect(expected.size / records).toBeLessThan(0.03);

    const badDir = join(tmp, 'bad');
    await writeCsv(join(badDir, 'households.csv'), householdHeader, corruptHouseholds);
    await writeCsv(join(badDir, 'members.csv'), memberHeader, corruptMembers);
    await truncate(database.pool);
    const summary = await importDtsen(badDir);
    expect(summary).toMatchObject({
      read: records,
      inserted: records - expected.size,
      updated: 0,
      unchanged: 0,
      quarantined: expected.size,
    });

    const { rows: quarantined } = await database.pool.query<{ position: number; reason: string }>(
      'select position, reason from connectors.quarantine where run_id = $1 order by position',
      [summary.runId],
    );
    expect(quarantined).toEqual(
      [...expected].sort(([x], [y]) => x - y).map(([position, reason]) => ({ position, reason })),
    );

    expect(await tableRows(database.pool, 'regsosek.household', 'id')).toEqual(
      seeded.households.filter((row) => !badHouseholds.has(row.id)),
    );
    expect(await tableRows(database.pool, 'regsosek.household_member', 'nik')).toEqual(
      seeded.members.filter((row) => !badMembers.has(row.nik)),
    );
  });
});
