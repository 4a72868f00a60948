import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { runImport, type ImportSummary } from '../../connectors/core/runner';
import { satusehatConnector } from '../../connectors/satusehat/connector';
import { EXTENSION, type Bundle, type Resource } from '../../connectors/satusehat/fhir';
import { exportPopulation } from '../../connectors/export';
import { loadReferenceData, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';

// SATUSEHAT Bundles (FHIR R4, NDJSON) into real PostgreSQL: export the seeded population, import it back, and
// compare with what the seed loaded, row by row.
const CITIZENS = 3_000;
const SEED = 'rt';
/** The tables the connector owns; each row names its person by `nik`. */
const TABLES = ['health.patient', 'health.membership', 'licensing.str', 'licensing.sip'];

let database: TestDatabase;
let pool: Pool;
let dir: string;
/** The exported bundles, one per line; the update tests change them in place, each building on the one before. */
let lines: string[];
/** People whose bundles those tests changed: their rows are no longer the seed's. */
const edited: string[] = [];

/** The columns compared: all but the provenance, which says who wrote the row rather than what it says. */
async function columnsOf(table: string): Promise<string> {
  const [schema, name] = table.split('.');
  const { rows } = await pool.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = $1 and table_name = $2 and column_name not
      like 'source\\_%' order by ordinal_position`,
    [schema, name],
  );
  return rows.map((r) => `"${r.column_name}"`).join(', ');
}

/**
 * Rows the seed loaded (kept in `expected.*`) that the table lacks, and rows it has that the seed did not
 * load; people left out are compared on neither side.
 */
async function differences(
  table: string,
  leftOut: readonly string[] = [],
): Promise<{ missing: unknown[]; extra: unknown[] }> {
  const columns = await columnsOf(table);
  const expected = `select ${columns} from expected.${table.split('.')[1]} where not (nik = any($1::text[]))`;
  const actual = `select ${columns} from ${table} where not (nik = any($1::text[]))`;
  const { rows: missing } = await pool.query(`${expected} except all ${actual}`, [leftOut]);
  const { rows: extra } = await pool.query(`${actual} except all ${expected}`, [leftOut]);
  return { missing, extra };
}

async function importFile(path: string): Promise<ImportSummary> {
  const summary = await runImport(pool, { connector: satusehatConnector, input: path, batchSize: 500 });
  expect(summary.read).toBe(summary.inserted + summary.updated + summary.unchanged + summary.quarantined);
  return summary;
}

async function importLines(name: string, content: readonly string[]): Promise<ImportSummary> {
  const path = join(dir, `${name}.ndjson`);
  await writeFile(path, `${content.join('\n')}\n`);
  return importFile(path);
}

const count = async (sql: string, params: unknown[] = []) =>
  Number((await pool.query<{ count: string }>(sql, params)).rows[0].count);

type Of<T extends Resource['resourceType']> = Extract<Resource, { resourceType: T }>;
const resource = <T extends Resource['resourceType']>(bundle: Bundle, type: T): Of<T> | undefined =>
  bundle.entry.find((e) => e.resource.resourceType === type)?.resource as Of<T> | undefined;
const parse = (line: string) => JSON.parse(line) as Bundle;
/** The person a bundle is about, whichever resources it holds. */
const nikOf = (bundle: Bundle): string =>
  (resource(bundle, 'Patient') ?? resource(bundle, 'Practitioner'))?.identifier[0].value ??
  resource(bundle, 'Coverage')!.beneficiary.identifier!.value;
/** Sets a property to a value its FHIR type does not allow, or removes a required one: what a bad record does. */
const spoil = (target: object, property: string, value?: unknown) =>
  value === undefined ? Reflect.deleteProperty(target, property) : Reflect.set(target, property, value);

beforeAll(async () => {
  database = await createTestDatabase('connectors_satusehat');
  pool = database.pool;
  dir = await mkdtemp(join(tmpdir(), 'satusehat-'));
  // What `npm run seed` loads; its rows of our tables are kept aside as the expectation, and the tables
  // emptied, which leaves the database as an import into an empty hub finds it (register and facilities loaded).
  await seedPopulation(pool, { citizens: CITIZENS, seed: SEED });
  await loadReferenceData(pool);
  // (On the PGlite fallback the database is shared between suites: a schema left by an earlier run goes first.)
  await pool.query('drop schema if exists expected cascade');
  await pool.query('create schema expected');
  for (const table of TABLES)
    await pool.query(`create table expected.${table.split('.')[1]} as select * from ${table}`);
  await pool.query(`truncate ${TABLES.join(', ')}`);
});

afterAll(async () => {
  await pool?.query('drop schema if exists expected cascade');
  await database?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('satusehat connector', () => {
  it('round trip: the exported bundles import to exactly the rows the seed loads, and a re-run changes nothing', async () => {
    const exported = await exportPopulation({ dir, citizens: CITIZENS, seed: SEED, sources: ['satusehat'] });
    const [{ path }] = exported.files;
    expect(path).toBe(join(dir, 'satusehat', 'bundles.ndjson'));
    lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line !== '');
    expect(lines.length).toBe(exported.records.satusehat);
    expect(lines.length).toBeGreaterThan(CITIZENS * 0.9);
    expect(await count('select count(*) from expected.sip')).toBeGreaterThan(0);

    const first = await importFile(path);
    expect(first).toMatchObject({
      read: lines.length,
      inserted: lines.length,
      updated: 0,
      unchanged: 0,
      quarantined: 0,
    });
    for (const table of TABLES)
      expect({ table, ...(await differences(table)) }).toEqual({ table, missing: [], extra: [] });
    for (const table of TABLES) {
      expect(
        await count(`select count(*) from ${table} where source_agency <> 'Kemenkes' or source_system <> 'SATUSEHAT'`),
      ).toBe(0);
    }

    const again = await importFile(path);
    expect(again).toMatchObject({
      read: lines.length,
      inserted: 0,
      updated: 0,
      unchanged: lines.length,
      quarantined: 0,
    });
  });

  it('an update: one Coverage cancelled is exactly one record updated, with the new status and its provenance', async () => {
    const index = lines.findIndex((line) => resource(parse(line), 'Coverage')?.status === 'active');
    const bundle = parse(lines[index]);
    const coverage = resource(bundle, 'Coverage')!;
    coverage.status = 'cancelled';
    coverage.extension.unshift({ url: EXTENSION.jknStatusReason, valueCode: 'PREMIUM_ARREARS' });
    coverage.period.end = '2025-12-01';
    bundle.meta.lastUpdated = '2026-01-15T09:30:00+07:00';
    lines[index] = JSON.stringify(bundle);
    edited.push(nikOf(bundle));

    const summary = await importLines('updated', lines);
    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: lines.length - 1, quarantined: 0 });
    const {
      rows: [row],
    } = await pool.query(
      `select status, status_reason, coverage_end::text, source_agency, source_system, source_as_of from
        health.membership where card_number = $1`,
      [coverage.subscriberId],
    );
    expect(row).toEqual({
      status: 'INACTIVE',
      status_reason: 'PREMIUM_ARREARS',
      coverage_end: '2025-12-01',
      source_agency: 'Kemenkes',
      source_system: 'SATUSEHAT',
      source_as_of: new Date('2026-01-15T02:30:00Z'),
    });
  });

  it("a replacement BPJS card updates the person's membership instead of adding a second one", async () => {
    const index = lines.findIndex(
      (line, i) => !edited.includes(nikOf(parse(line))) && resource(parse(line), 'Coverage') !== undefined && i > 0,
    );
    const bundle = parse(lines[index]);
    const coverage = resource(bundle, 'Coverage')!;
    const nik = nikOf(bundle);
    coverage.subscriberId = '9990000000001';
    lines[index] = JSON.stringify(bundle);
    edited.push(nik);

    const summary = await importLines('renumbered', lines);
    expect(summary).toMatchObject({ inserted: 0, updated: 1, quarantined: 0 });
    expect((await pool.query('select card_number from health.membership where nik = $1', [nik])).rows).toEqual([
      { card_number: '9990000000001' },
    ]);
  });

  it('a SIP the Practitioner no longer lists is deleted on re-import', async () => {
    const index = lines.findIndex((line) => (resource(parse(line), 'Practitioner')?.qualification.length ?? 0) >= 2);
    const bundle = parse(lines[index]);
    const practitioner = resource(bundle, 'Practitioner')!;
    const withdrawn = practitioner.qualification.pop()!.identifier[0].value;
    lines[index] = JSON.stringify(bundle);
    edited.push(nikOf(bundle));

    const summary = await importLines('withdrawn', lines);
    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: lines.length - 1, quarantined: 0 });
    expect(await count('select count(*) from licensing.sip where number = $1', [withdrawn])).toBe(0);
    expect(await count('select count(*) from expected.sip where number = $1', [withdrawn])).toBe(1);
    expect(await count('select count(*) from licensing.sip where nik = $1', [practitioner.identifier[0].value])).toBe(
      practitioner.qualification.length - 1,
    );
  });

  it('bad bundles are quarantined with the reason, at their position; every good one is imported', async () => {
    const original = lines.map(parse);
    /** Ways a record goes wrong, what the bundle needs for each, and the reason expected. */
    const kinds: {
      applies: (b: Bundle) => boolean;
      corrupt: (b: Bundle, line: string) => void | string;
      reason: string | RegExp;
    }[] = [
      { applies: () => true, corrupt: (_, line) => line.slice(0, -7), reason: /^not valid JSON/ },
      {
        applies: (b) => !!resource(b, 'Coverage'),
        corrupt: (b) => {
          resource(b, 'Coverage')!.type.coding[0].code = 'PBI_KOTA';
        },
        reason: 'Coverage.type is not a JKN segment',
      },
      {
        applies: (b) => !!resource(b, 'Coverage'),
        corrupt: (b) => {
          spoil(resource(b, 'Coverage')!, 'subscriberId');
        },
        reason: 'Coverage.subscriberId is not a 13-digit BPJS card number',
      },
      {
        applies: () => true,
        corrupt: (b, line) => line.split(nikOf(b)).join(`${nikOf(b).slice(0, 12)}9999`),
        reason: 'NIK not in the population register',
      },
      {
        applies: (b) => (resource(b, 'Practitioner')?.qualification.length ?? 0) >= 2,
        corrupt: (b) => {
          resource(b, 'Practitioner')!.qualification[1].period.end = '2029-02-30';
        },
        reason: 'SIP period.end is not a full date',
      },
      {
        applies: (b) => !!resource(b, 'Patient'),
        corrupt: (b) => {
          resource(b, 'Patient')!.id = 'P123';
        },
        reason: 'Patient.id is not an IHS number (P and 11 digits)',
      },
      {
        applies: (b) => !!resource(b, 'Coverage'),
        corrupt: (b) => {
          spoil(resource(b, 'Coverage')!, 'status', 'suspended');
        },
        reason: 'Coverage.status must be active or cancelled',
      },
      {
        applies: (b) => !!resource(b, 'Coverage'),
        corrupt: (b) => {
          resource(b, 'Coverage')!.extension.find(
            (e) => e.url === EXTENSION.jknPrimaryCare,
          )!.valueReference!.identifier!.value = 'X9999999';
        },
        reason: 'FKTP facility code not in the facility register',
      },
      {
        applies: (b) => !!resource(b, 'Practitioner'),
        corrupt: (b) => {
          resource(b, 'Practitioner')!.identifier[0].value = nikOf(b).slice(1);
        },
        reason: 'NIK must be exactly 16 digits',
      },
      {
        applies: (b) => !!resource(b, 'Practitioner'),
        corrupt: (b) => {
          resource(b, 'Practitioner')!.qualification[0].code.coding[0].code = 'SURGEON';
        },
        reason: 'Practitioner.qualification.code is not a health profession',
      },
      {
        applies: () => true,
        corrupt: (b) => {
          spoil(b, 'type', 'searchset');
        },
        reason: 'Bundle.type must be collection',
      },
      {
        applies: () => true,
        corrupt: (b) => {
          spoil(b, 'meta');
        },
        reason: 'Bundle.meta.lastUpdated is not a FHIR instant',
      },
    ];
    // About 1%: every 90th bundle, each corrupted the next way that fits it (health workers are few, so the
    // ways that need a Practitioner take the first one at or after their turn).
    const plan = new Map<number, (typeof kinds)[number]>();
    let turn = 0;
    for (let i = 45; i < lines.length; i += 90) {
      const kind = kinds[turn % kinds.length];
      const at = kind.applies(original[i]) ? i : original.findIndex((b, j) => j > i && !plan.has(j) && kind.applies(b));
      if (at === -1) continue;
      plan.set(at, kind);
      turn += 1;
    }
    expect(new Set(plan.values()).size).toBe(kinds.length);
    const corrupted = lines.map((line, i) => {
      const kind = plan.get(i);
      if (!kind) return line;
      const bundle = parse(line);
      return kind.corrupt(bundle, line) ?? JSON.stringify(bundle);
    });
    const badNiks = [...plan.keys()].map((i) => nikOf(original[i]));
    expect(
      await count('select count(*) from population.citizen where nik = any($1)', [
        badNiks.map((nik) => `${nik.slice(0, 12)}9999`),
      ]),
    ).toBe(0);

    await pool.query(`truncate ${TABLES.join(', ')}`);
    const summary = await importLines('corrupted', corrupted);
    expect(summary).toMatchObject({
      read: lines.length,
      inserted: lines.length - plan.size,
      updated: 0,
      unchanged: 0,
      quarantined: plan.size,
    });
    const { rows } = await pool.query<{ position: number; reason: string }>(
      'select position, reason from connectors.quarantine where run_id = $1 order by position',
      [summary.runId],
    );
    const expected = [...plan.entries()]
      .sort(([a], [b]) => a - b)
      .map(([i, kind]) => ({
        position: i + 1,
        reason: typeof kind.reason === 'string' ? kind.reason : expect.stringMatching(kind.reason),
      }));
    expect(rows).toEqual(expected);
    // Every good row is the seed's, but for the people the earlier tests changed.
    const skip = [...badNiks, ...edited];
    for (const table of TABLES)
      expect({ table, ...(await differences(table, skip)) }).toEqual({ table, missing: [], extra: [] });
  });
});
