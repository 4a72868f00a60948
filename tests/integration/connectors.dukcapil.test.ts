import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { createDukcapilConnector, dukcapilConnector } from '../../connectors/dukcapil/connector';
import { dukcapilExporter } from '../../connectors/dukcapil/export';
import { announceCommitted } from '../../connectors/core/announce';
import { runImport } from '../../connectors/core/runner';
import { inProcessChangeFeed, type ChangeNotice } from '../../hub/change-feed';
import { inProcessKeyValue } from '../../hub/kv';
import { createEpochs } from '../../policy/epochs';
import { exportPopulation } from '../../connectors/export';
import { loadReferenceData, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startDukcapilAgency } from '../support/dukcapil-agency';
import { exportDirectory, tableContents } from '../support/imports';

// Dukcapil's population events into the register: a round trip of a seeded population, then change events.
let empty: TestDatabase;
/** The seeded register, read before its tables are emptied for the import. */
let seeded: { citizens: string[]; families: string[] };
let files: ReturnType<typeof exportDirectory>;
const CITIZENS = 3_000;

beforeAll(async () => {
  empty = await createTestDatabase('dukcapil');
  files = exportDirectory('dukcapil');
  await Promise.all([
    seedPopulation(empty.pool, { citizens: CITIZENS, seed: 'dukcapil' }),
    exportPopulation({
      dir: files.dir,
      citizens: CITIZENS,
      seed: 'dukcapil',
      exporters: { dukcapil: dukcapilExporter },
    }),
  ]);
  seeded = {
    citizens: await tableContents(empty.pool, 'population.citizen', 'nik'),
    families: await tableContents(empty.pool, 'population.family', 'kk'),
  };
  await loadReferenceData(empty.pool);
  await empty.pool.query('truncate population.citizen, population.family');
});

afterAll(async () => {
  files?.remove();
  await empty?.drop();
});

const populationFile = () => join(files.dir, 'dukcapil', 'population.ndjson');
const quarantine = async (pool: Pool, runId: string) =>
  (
    await pool.query<{ position: number; reason: string }>(
      'select position, reason from connectors.quarantine where run_id = $1 order by position',
      [runId],
    )
  ).rows;

describe('the dukcapil connector', () => {
  it('imports a seeded population from its registration events into the same register', async () => {
    const summary = await runImport(empty.pool, {
      connector: dukcapilConnector,
      input: join(files.dir, 'dukcapil'),
      batchSize: 500,
    });
    expect(summary).toMatchObject({
      read: CITIZENS,
      inserted: CITIZENS,
      updated: 0,
      unchanged: 0,
      quarantined: 0,
      resumedAfter: 0,
    });
    expect(await tableContents(empty.pool, 'population.citizen', 'nik')).toEqual(seeded.citizens);
    expect(await tableContents(empty.pool, 'population.family', 'kk')).toEqual(seeded.families);
    const {
      rows: [source],
    } = await empty.pool.query('select source_agency, source_system from population.citizen limit 1');
    expect(source).toEqual({ source_agency: 'Dukcapil (Kemendagri)', source_system: 'SIAK' });

    const again = await runImport(empty.pool, { connector: dukcapilConnector, input: populationFile() });
    expect(again).toMatchObject({ read: CITIZENS, inserted: 0, updated: 0, unchanged: CITIZENS, quarantined: 0 });
    expect(again.runId).not.toBe(summary.runId);
  });

  it('applies change events once, keeps them in the feed, and quarantines what it cannot apply', async () => {
    const { rows: people } = await empty.pool.query<{ nik: string; family_kk: string; village_code: string }>(
      `select nik, family_kk, village_code from population.citizen c
        where family_relationship = 'CHILD' and (select count(*) from population.citizen m where m.family_kk =
        c.family_kk) >= 4 order by nik limit 3`,
    );
    const [mover, deceased, leaver] = people;
    const {
      rows: [village],
    } = await empty.pool.query<{ code: string }>(
      `select code from population.village where code like '53.71.%' order by code limit 1`,
    );
    const newKk = `${mover.village_code.replace(/\./g, '').slice(0, 6)}0101260001`;
    const lines = [
      {
        event: 'ADDRESS_CHANGED',
        eventId: 'DKC-1',
        at: '2026-11-01T08:00:00Z',
        nik: mover.nik,
        address: { street: 'Jl. El Tari No. 5', rt: '004', rw: '002', villageCode: village.code },
      },
      { event: 'DIED', eventId: 'DKC-2', at: '2026-11-02T08:00:00Z', nik: deceased.nik, diedOn: '2026-10-30' },
      {
        event: 'FAMILY_SPLIT',
        eventId: 'DKC-3',
        at: '2026-11-03T08:00:00Z',
        kk: leaver.family_kk,
        newKk,
        issuedOn: '2026-01-01',
        members: [{ nik: leaver.nik, relationship: 'HEAD' }],
      },
      // An older move of the same person, told late: kept in the feed's history, not over the newer address.
      {
        event: 'ADDRESS_CHANGED',
        eventId: 'DKC-0',
        at: '2026-10-01T08:00:00Z',
        nik: mover.nik,
        address: { street: 'Jl. Lama 1', rt: '001', rw: '001', villageCode: mover.village_code },
      },
      {
        event: 'ADDRESS_CHANGED',
        eventId: 'DKC-4',
        at: '2026-11-01T08:00:00Z',
        nik: '3201011501990001',
        address: { street: 'Jl. A', rt: '001', rw: '001', villageCode: village.code },
      },
      {
        event: 'ADDRESS_CHANGED',
        eventId: 'DKC-5',
        at: '2026-11-01T08:00:00Z',
        nik: mover.nik,
        address: { street: 'Jl. A', rt: '001', rw: '001', villageCode: '99.99.99.9999' },
      },
      { event: 'MARRIED', eventId: 'DKC-6', at: '2026-11-01T08:00:00Z', nik: mover.nik },
    ].map((line) => JSON.stringify(line));
    const eventsFile = join(files.dir, 'events.ndjson');
    writeFileSync(eventsFile, `${lines.join('\n')}\nDIED ${deceased.nik}\n`);

    const heard: ChangeNotice[] = [];
    const feed = inProcessChangeFeed();
    await feed.consume('test', async (notices) => {
      heard.push(...notices);
    });
    const afterCommit = announceCommitted(dukcapilConnector, { epochs: createEpochs(inProcessKeyValue()), feed });
    const summary = await runImport(empty.pool, { connector: dukcapilConnector, input: eventsFile, afterCommit });
    expect(summary).toMatchObject({ read: 8, updated: 4, unchanged: 0, inserted: 0, quarantined: 4 });
    expect(await quarantine(empty.pool, summary.runId)).toEqual([
      { position: 5, reason: 'NIK not in the population register' },
      { position: 6, reason: 'address.villageCode is not a Kemendagri village' },
      { position: 7, reason: 'event is not REGISTERED, ADDRESS_CHANGED, DIED or FAMILY_SPLIT' },
      // The parser's own message would quote the line, NIK and all: the reason says only what is wrong.
      { position: 8, reason: 'not valid JSON' },
    ]);

    const citizen = async (nik: string) =>
      (
        await empty.pool.query(
          'select street, rt, rw, village_code, died_on::text, family_kk, family_relationship, source_as_of from ' +
            'population.citizen where nik = $1',
          [nik],
        )
      ).rows[0];
    expect(await citizen(mover.nik)).toMatchObject({
      street: 'Jl. El Tari No. 5',
      rt: '004',
      rw: '002',
      village_code: village.code,
      source_as_of: new Date('2026-11-01T08:00:00Z'),
    });
    expect(await citizen(deceased.nik)).toMatchObject({ died_on: '2026-10-30' });
    expect(await citizen(leaver.nik)).toMatchObject({ family_kk: newKk, family_relationship: 'HEAD' });
    const { rows: feedRows } = await empty.pool.query('select event_id, nik, kind from population.change order by id');
    expect(feedRows).toEqual([
      { event_id: 'DKC-1', nik: mover.nik, kind: 'ADDRESS_CHANGED' },
      { event_id: 'DKC-2', nik: deceased.nik, kind: 'DIED' },
      { event_id: 'DKC-3', nik: leaver.nik, kind: 'FAMILY_SPLIT' },
      { event_id: 'DKC-0', nik: mover.nik, kind: 'ADDRESS_CHANGED' },
    ]);
    expect(heard.map((n) => [n.eventId, n.kind])).toEqual([
      ['DKC-1', 'ADDRESS_CHANGED'],
      ['DKC-2', 'DIED'],
      ['DKC-3', 'FAMILY_SPLIT'],
      ['DKC-0', 'ADDRESS_CHANGED'],
    ]);
    // Whose record changed and how; the new address stays in the register, read under each reader's rights.
    expect(heard[0]).toEqual({
      id: expect.stringMatching(/^[0-9]+$/),
      eventId: 'DKC-1',
      nik: mover.nik,
      kind: 'ADDRESS_CHANGED',
    });

    // The same file again: every event was applied already, nothing changes twice.
    heard.length = 0;
    const again = await runImport(empty.pool, { connector: dukcapilConnector, input: eventsFile, afterCommit });
    expect(again).toMatchObject({ read: 8, updated: 0, unchanged: 4, quarantined: 4 });
    expect(heard).toEqual([]);
    expect(Number((await empty.pool.query('select count(*) from population.change')).rows[0].count)).toBe(4);
  });

  it('refuses a registration whose NIK does not match its birth date and sex, naming no value', async () => {
    const first = JSON.parse(readFileSync(populationFile(), 'utf8').split('\n')[0]);
    const wrongSex = { ...first, sex: first.sex === 'MALE' ? 'FEMALE' : 'MALE' };
    const wrongDate = { ...first, birthDate: '1901-01-01' };
    const file = join(files.dir, 'bad-registrations.ndjson');
    writeFileSync(
      file,
      `${JSON.stringify(wrongSex)}\n${JSON.stringify(wrongDate)}\n${JSON.stringify({ ...first, religion: 'JEDI' })}\n`,
    );
    const summary = await runImport(empty.pool, { connector: dukcapilConnector, input: file });
    expect(summary).toMatchObject({ read: 3, quarantined: 3 });
    const reasons = (await quarantine(empty.pool, summary.runId)).map((q) => q.reason);
    expect(reasons).toEqual([
      'NIK does not match the birth date and sex',
      'NIK does not match the birth date and sex',
      'religion is not one of the registered values',
    ]);
    expect(reasons.join(' ')).not.toContain(first.nik);
  });

  it("pulls change events from Dukcapil's events API page by page, riding out a 503, and from --since on", async () => {
    const { rows: people } = await empty.pool.query<{ nik: string }>(
      `select nik from population.citizen where died_on is null order by nik desc limit 3`,
    );
    const {
      rows: [village],
    } = await empty.pool.query<{ code: string }>(
      `select code from population.village where code like '51.71.%' order by code limit 1`,
    );
    const moves = people.map((p, i) => ({
      event: 'ADDRESS_CHANGED',
      eventId: `SIAK-${i}`,
      at: `2026-11-1${i}T08:00:00+08:00`,
      nik: p.nik,
      address: { street: `Jl. Teuku Umar ${i}`, rt: '001', rw: '002', villageCode: village.code },
    }));
    const agency = await startDukcapilAgency(moves.slice(0, 2));
    try {
      const connector = createDukcapilConnector({ pageSize: 1, resilience: { initialDelayMs: 5, maxDelayMs: 20 } });
      agency.failNext(1, 503);
      const summary = await runImport(empty.pool, { connector, input: agency.url });
      expect(summary).toMatchObject({ read: 2, updated: 2, quarantined: 0 });
      // Two pages of one event, the first asked twice (the 503), every request from the feed's start.
      expect(agency.requests.map((r) => r.cursor)).toEqual([null, null, '1']);
      expect(new Set(agency.requests.map((r) => r.since))).toEqual(new Set(['1970-01-01T00:00:00.000Z']));

      agency.events = moves;
      const later = await runImport(empty.pool, { connector, input: agency.url, since: '2026-11-12T00:00:00Z' });
      expect(later).toMatchObject({ read: 1, updated: 1 });
      const streets = await empty.pool.query(
        'select street from population.citizen where nik = any($1) order by nik desc',
        [people.map((p) => p.nik)],
      );
      expect(streets.rows.map((r) => r.street)).toEqual(['Jl. Teuku Umar 0', 'Jl. Teuku Umar 1', 'Jl. Teuku Umar 2']);
    } finally {
      await agency.close();
    }
  });
});
