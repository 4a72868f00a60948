import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { announceCommitted } from '../../connectors/core/announce';
import { runImport } from '../../connectors/core/runner';
import { dukcapilConnector } from '../../connectors/dukcapil/connector';
import { MikroORM } from '@mikro-orm/postgresql';
import { inProcessChangeFeed } from '../../hub/change-feed';
import { consumeChanges } from '../../subgraphs/host/subgraph';
import { LegalBasis } from '../../schema/legal-bases';
import { licensing } from '../../subgraphs/licensing/subgraph';
import { loadReferenceData, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertAccessRule } from '../support/fixtures';
import { exportDirectory } from '../support/imports';
import { startStack, type Stack } from '../support/stack';

// "Tell us once": an address change reported to Dukcapil reaches the profile, the caches, the applications in
// progress and every entitled client's change feed, and nothing of it reaches a client without the right.
let database: TestDatabase;
let stack: Stack;
let pool: Pool;
let files: ReturnType<typeof exportDirectory>;
let nurse: { nik: string; regency_code: string };
let newVillage: { code: string; name: string };

beforeAll(async () => {
  database = await createTestDatabase('change_feed');
  pool = database.pool;
  files = exportDirectory('change-feed');
  await seedPopulation(pool, { citizens: 2_000, seed: 'change-feed' });
  await loadReferenceData(pool);
  ({
    rows: [nurse],
  } = await pool.query(
    `select c.nik, substr(c.village_code, 1, 5) as regency_code from population.citizen c join licensing.str s on s.nik
      = c.nik order by c.nik limit 1`,
  ));
  ({
    rows: [newVillage],
  } = await pool.query(`select code, name from population.village where code like '53.71.%' order by code limit 1`));
  await insertAccessRule(database.url, {
    clientId: 'tax-portal',
    purpose: 'TAX_ADMINISTRATION',
    scopes: ['population.identity', 'tax.compliance'],
    legalBasis: LegalBasis.PUBLIC_TASK,
  });
  await insertAccessRule(database.url, {
    clientId: 'post-office',
    purpose: 'LICENSE_APPLICATION',
    scopes: ['population.address'],
    legalBasis: LegalBasis.PUBLIC_TASK,
  });
  // Answers are cached: the change must invalidate them, not wait for them to expire.
  stack = await startStack(database.url, { responseCacheTtlSeconds: 300 });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
  files?.remove();
});

const PROFILE = 'query ($nik: NIK!) { citizen(nik: $nik) { address { street rt rw village { code name } } } }';
const FEED =
  'query ($since: String) { changes(since: $since) { cursor hasMore entries { cursor kind at citizen { nik address { ' +
  'street village { code } } } } } }';
const APPLICATIONS = 'query ($nik: NIK!) { citizen(nik: $nik) { applications { status applicant { address } } } }';

async function tellDukcapilOfMove(eventId: string, options: { street?: string; announce?: boolean } = {}) {
  const file = join(files.dir, `${eventId}.ndjson`);
  writeFileSync(
    file,
    `${JSON.stringify({
      event: 'ADDRESS_CHANGED',
      eventId,
      at: new Date().toISOString(),
      nik: nurse.nik,
      address: {
        street: options.street ?? 'Jl. Frans Seda No. 12',
        rt: '007',
        rw: '003',
        villageCode: newVillage.code,
      },
    })}\n`,
  );
  const afterCommit =
    options.announce === false
      ? undefined
      : announceCommitted(dukcapilConnector, { epochs: stack.epochs, feed: stack.feed });
  return runImport(pool, { connector: dukcapilConnector, input: file, afterCommit });
}

/** A death told to Dukcapil and imported: one record updated. */
async function tellDukcapilOfDeath(eventId: string, nik: string, diedOn: string) {
  const file = join(files.dir, `${eventId}.ndjson`);
  writeFileSync(file, `${JSON.stringify({ event: 'DIED', eventId, at: new Date().toISOString(), nik, diedOn })}\n`);
  expect(await runImport(pool, { connector: dukcapilConnector, input: file })).toMatchObject({ updated: 1 });
}

describe('an address change told once to Dukcapil', () => {
  const title =
    "shows in the next profile read and the applications in progress, and in entitled clients' change feeds only";
  it(title, async () => {
    const apply = await stack.post(
      'mutation ($nik: NIK!, $location: PracticeLocationInput!) { applyForLicence(nik: $nik, type: SIP, ' +
        'practiceLocation: $location) { status applicant { address } } }',
      { nik: nurse.nik, location: { name: 'Puskesmas Oebobo', regencyCode: nurse.regency_code } },
    );
    expect(apply.body.data.applyForLicence.status).toBe('SUBMITTED');
    const before = (await stack.post(PROFILE, { nik: nurse.nik })).body.data.citizen.address;
    // now from the cache
    expect((await stack.post(PROFILE, { nik: nurse.nik })).body.data.citizen.address).toEqual(before);
    expect(before.village.code).not.toBe(newVillage.code);

    const summary = await tellDukcapilOfMove('DKC-E2E-1');
    expect(summary).toMatchObject({ read: 1, updated: 1, quarantined: 0 });

    // The very next read: the new address, although the old answer was cached for five minutes.
    expect((await stack.post(PROFILE, { nik: nurse.nik })).body.data.citizen.address).toEqual({
      street: 'Jl. Frans Seda No. 12',
      rt: '007',
      rw: '003',
      village: newVillage,
    });
    // The application still being decided shows where the applicant lives now (the feed reached licensing).
    const applications = (await stack.post(APPLICATIONS, { nik: nurse.nik })).body.data.citizen.applications;
    expect(applications).toHaveLength(1);
    expect(applications[0].applicant.address).toMatch(
      new RegExp(
        `^Jl\\. Frans Seda No\\. 12, RT 007/RW 003, ${newVillage.name}, .+, Kota Kupang, Nusa Tenggara Timur$`,
        'i',
      ),
    );

    // A client whose rule covers population.address (public task) reads the change with the new address.
    const feed = await stack.post(FEED, {});
    expect(feed.status).toBe(200);
    const entries = feed.body.data.changes.entries.filter(
      (e: { citizen: { nik: string } }) => e.citizen.nik === nurse.nik,
    );
    expect(entries).toEqual([
      {
        cursor: expect.any(String),
        kind: 'ADDRESS_CHANGED',
        at: expect.any(String),
        citizen: { nik: nurse.nik, address: { street: 'Jl. Frans Seda No. 12', village: { code: newVillage.code } } },
      },
    ]);
    // Reading on from its cursor: nothing new.
    const next = await stack.post(FEED, { since: feed.body.data.changes.cursor });
    expect(next.body.data.changes).toMatchObject({ entries: [], hasMore: false });
    // That release is in the access log, for that person.
    const { rows: logged } = await pool.query(
      `select client_id, decision from audit.access_event where nik = $1 and 'PopulationChange.kind' = any(fields)`,
      [nurse.nik],
    );
    expect(logged).toEqual([{ client_id: 'test-client', decision: 'ALLOWED' }]);
  });

  it('shows a client under a consent rule only the changes of citizens who consented', async () => {
    const sipOnline = {
      authorization: `Bearer ${await stack.token('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION' })}`,
    };
    const before = await stack.post(FEED, {}, sipOnline);
    expect(before.status).toBe(200);
    expect(before.body.data.changes.entries).toEqual([]);
    expect(before.body.errors).toBeUndefined();

    const citizen = { authorization: `Bearer ${await stack.token('citizen', { nik: nurse.nik })}` };
    const granted = await stack.post(
      'mutation { grantConsent(input: { clientId: "sip-online", purpose: "LICENSE_APPLICATION", scopes: ' +
        '["population.address"] }) { status } }',
      undefined,
      citizen,
    );
    expect(granted.body.data.grantConsent.status).toBe('ACTIVE');
    const after = await stack.post(FEED, {}, sipOnline);
    expect(after.body.data.changes.entries.map((e: { citizen: { nik: string } }) => e.citizen.nik)).toEqual([
      nurse.nik,
    ]);
  });

  it('shows a client whose rule does not cover addresses nothing at all', async () => {
    const taxPortal = {
      authorization: `Bearer ${await stack.token('officer', { client: 'tax-portal', purpose: 'TAX_ADMINISTRATION' })}`,
    };
    const refused = await stack.post(FEED, {}, taxPortal);
    expect(refused.status).toBe(403);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors![0].extensions?.code).toBe('PURPOSE_NOT_ALLOWED');
    // Asking only for the cursor does not get round it.
    const cursorOnly = await stack.post('{ changes { cursor hasMore } }', undefined, taxPortal);
    expect(cursorOnly.body.data.changes).toBeNull();
    expect(cursorOnly.body.errors![0].extensions?.code).toBe('PURPOSE_NOT_ALLOWED');
    // Citizens and planners do not read the feed.
    const planner = { authorization: `Bearer ${await stack.token('planner', { purpose: 'STATISTICS' })}` };
    expect((await stack.post('{ changes { cursor } }', undefined, planner)).body.errors![0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('shows a death only to a client that may read identities, not to one entitled to addresses alone', async () => {
    const {
      rows: [deceased],
    } = await pool.query<{ nik: string }>('select nik from population.citizen where nik <> $1 order by nik limit 1', [
      nurse.nik,
    ]);
    await tellDukcapilOfDeath('DKC-E2E-DIED', deceased.nik, '2026-11-20');
    const kinds = async (headers?: Record<string, string>) =>
      (await stack.post(FEED, {}, headers)).body.data.changes.entries.map(
        (e: { kind: string; citizen: { nik: string } }) => [e.kind, e.citizen.nik],
      );
    expect(await kinds()).toContainEqual(['DIED', deceased.nik]);
    const postOfficeToken = await stack.token('officer', { client: 'post-office', purpose: 'LICENSE_APPLICATION' });
    const postOffice = { authorization: `Bearer ${postOfficeToken}` };
    expect(await kinds(postOffice)).toEqual([['ADDRESS_CHANGED', nurse.nik]]);
  });

  it('applies the same event once, however often it is imported', async () => {
    const again = await tellDukcapilOfMove('DKC-E2E-1');
    expect(again).toMatchObject({ read: 1, updated: 0, unchanged: 1 });
    expect(
      Number((await pool.query('select count(*) from population.change where nik = $1', [nurse.nik])).rows[0].count),
    ).toBe(1);
  });

  it('catches licensing up when it starts listening, with a move told while nobody heard', async () => {
    // An import run elsewhere without Redis: the change is in the register, no notice reached licensing.
    await tellDukcapilOfMove('DKC-E2E-2', { street: 'Jl. Timor Raya No. 3', announce: false });
    const stale = (await stack.post(APPLICATIONS, { nik: nurse.nik })).body.data.citizen.applications[0].applicant
      .address;
    expect(stale).toMatch(/^Jl\. Frans Seda No\. 12,/);

    const orm = await MikroORM.init(licensing.ormConfig(database.url, { poolMax: 1 }));
    try {
      const stop = await consumeChanges(licensing, { orm, feed: inProcessChangeFeed(), epochs: stack.epochs });
      await stop();
    } finally {
      await orm.close(true);
    }
    const caughtUp = (await stack.post(APPLICATIONS, { nik: nurse.nik })).body.data.citizen.applications[0].applicant
      .address;
    expect(caughtUp).toMatch(/^Jl\. Timor Raya No\. 3, RT 007\/RW 003, /);
  });
});

describe('an entry under a consent rule', () => {
  it('is shown only where the consent covers the address and what the entry tells, with no trace otherwise', async () => {
    const {
      rows: [person],
    } = await pool.query<{ nik: string }>(
      `select nik from population.citizen where nik <> $1 and died_on is null order by nik desc limit 1`,
      [nurse.nik],
    );
    const sipOnline = {
      authorization: `Bearer ${await stack.token('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION' })}`,
    };
    const grant = async (scopes: string[]) => {
      const citizen = { authorization: `Bearer ${await stack.token('citizen', { nik: person.nik })}` };
      const granted = await stack.post(
        'mutation ($scopes: [String!]!) { grantConsent(input: { clientId: "sip-online", ' +
          'purpose: "LICENSE_APPLICATION", scopes: $scopes }) { status } }',
        { scopes },
        citizen,
      );
      expect(granted.body.data.grantConsent.status).toBe('ACTIVE');
    };
    // Consent to identity alone: a death tells identity, but the feed is about addresses.
    await grant(['population.identity']);
    await tellDukcapilOfDeath('DKC-E2E-DIED-CONSENT', person.nik, '2026-11-21');
    const hidden = await stack.post(FEED, {}, sipOnline);
    expect(hidden.body.errors).toBeUndefined();
    const niks = (body: typeof hidden.body) =>
      body.data.changes.entries.map((e: { citizen: { nik: string } }) => e.citizen.nik);
    expect(niks(hidden.body)).not.toContain(person.nik);
    // Both consented: the entry is there.
    await grant(['population.identity', 'population.address']);
    const shown = await stack.post(FEED, {}, sipOnline);
    expect(shown.body.errors).toBeUndefined();
    expect(niks(shown.body)).toContain(person.nik);
  });
});
