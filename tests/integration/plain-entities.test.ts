import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import { servingUrl } from '../../hub/database';
import { inParams, plainEntities } from '../../hub/orm';
import { seedPopulation } from '../../seeds/load';
import { BpjsMembership } from '../../subgraphs/health/entities/bpjs-membership.entity';
import { Patient } from '../../subgraphs/health/entities/patient.entity';
import { health } from '../../subgraphs/health/subgraph';
import { ApplicationEvent } from '../../subgraphs/licensing/entities/application-event.entity';
import { Business } from '../../subgraphs/licensing/entities/business.entity';
import { BusinessActivity } from '../../subgraphs/licensing/entities/business-activity.entity';
import { LicenceApplication } from '../../subgraphs/licensing/entities/licence-application.entity';
import { Sip } from '../../subgraphs/licensing/entities/sip.entity';
import { Str } from '../../subgraphs/licensing/entities/str.entity';
import { licensing } from '../../subgraphs/licensing/subgraph';
import { Citizen } from '../../subgraphs/population/entities/citizen.entity';
import { Family } from '../../subgraphs/population/entities/family.entity';
import { Village } from '../../subgraphs/population/entities/village.entity';
import { villagesByCode } from '../../subgraphs/population/rows';
import { population } from '../../subgraphs/population/subgraph';
import { Household } from '../../subgraphs/regsosek/entities/household.entity';
import { HouseholdMember } from '../../subgraphs/regsosek/entities/household-member.entity';
import { ProgrammeRule } from '../../subgraphs/regsosek/entities/programme-rule.entity';
import { regsosek } from '../../subgraphs/regsosek/subgraph';
import { Filing } from '../../subgraphs/tax/entities/filing.entity';
import { TaxProfile } from '../../subgraphs/tax/entities/tax-profile.entity';
import { tax } from '../../subgraphs/tax/subgraph';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startFaultProxy } from '../support/fault-proxy';
import { freePort } from '../support/ports';

// The agency subgraphs read the profile path's rows as plain objects instead of entities: each must carry what
// `find` gives, property by property, for every row of a seeded population (a deceased person's date of death too).
let database: TestDatabase;
const orms: MikroORM[] = [];

beforeAll(async () => {
  database = await createTestDatabase('plain_entities');
  await seedPopulation(database.pool, { citizens: 300, seed: 'plain-entities' });
  // Two applications, one without STR or JKN snapshots, each with a step of history.
  await database.pool.query(
    `update population.citizen set died_on = '2026-01-02' where nik = (select min(nik) from population.citizen)`,
  );
  await database.pool.query(
    `insert into licensing.application (id, nik, type, status, practice_location, applicant, str, tax_compliance,
       bpjs, unmet_requirements, submitted_at, issued_sip)
     select gen_random_uuid(), nik, 'SIP', status, '{"name": "Klinik Baris", "regencyCode": "32.04"}',
       '{"fullName": "Baris", "sex": "FEMALE", "birthPlace": "Bandung", "birthDate": "1990-01-01", "address": "Jl. 1"}',
       str, '{"status": "VALID", "reasons": []}', bpjs, unmet, now() - interval '3 days', sip
     from (values ((select min(nik) from population.citizen), 'APPROVED',
                   '{"number": "STR-BARIS", "profession": "NURSE", "validUntil": null}'::jsonb,
                   '{"cardNumber": "0001234567890", "segment": "PPU", "status": "ACTIVE"}'::jsonb, '[]'::jsonb,
                   'SIP-BARIS'),
                  ((select max(nik) from population.citizen), 'SUBMITTED', null, null, '["STR"]'::jsonb, null))
       as a(nik, status, str, bpjs, unmet, sip)`,
  );
  await database.pool.query(
    `insert into licensing.application_event (application_id, status, at, note)
     select id, status, submitted_at, null from licensing.application`,
  );
  for (const subgraph of [tax, health, licensing, population, regsosek])
    orms.push(await MikroORM.init(subgraph.ormConfig(database.url)));
});

afterAll(async () => {
  for (const orm of orms) await orm.close(true);
  await database?.drop();
});

/** What a resolver can read of an object, as JSON: every persisted property; a reference as its key. */
function fields(meta: EntityMetadata, value: Record<string, unknown>, joined?: string): unknown {
  const out: Record<string, unknown> = {};
  for (const prop of meta.props) {
    if (prop.kind === '1:m' || prop.kind === 'm:n' || prop.kind === 'embedded') continue;
    const [parent, child] = (prop.embedded ?? []) as string[];
    const v = (parent ? (value[parent] as Record<string, unknown>)[child] : value[prop.name]) as
      Record<string, unknown> | null | undefined;
    const shown =
      prop.kind === 'm:1'
        ? prop.name === joined
          ? fields(prop.targetMeta!, v!)
          : v?.[prop.targetMeta!.primaryKeys[0]]
        : v instanceof Date
          ? v.toISOString()
          : (v ?? null);
    if (parent) out[parent] = { ...(out[parent] as object), [child]: shown };
    else out[prop.name] = shown;
  }
  return out;
}

const cases: Array<{ entity: EntityClass<object>; orm: () => MikroORM; join?: string; min: number }> = [
  { entity: Citizen, orm: () => orms[3], min: 290 },
  { entity: Family, orm: () => orms[3], min: 50 },
  { entity: Household, orm: () => orms[4], min: 50 },
  { entity: HouseholdMember, orm: () => orms[4], join: 'household', min: 250 },
  { entity: ProgrammeRule, orm: () => orms[4], min: 3 },
  { entity: TaxProfile, orm: () => orms[0], join: 'taxOffice', min: 50 },
  { entity: Filing, orm: () => orms[0], min: 50 },
  { entity: BpjsMembership, orm: () => orms[1], join: 'primaryCareFacility', min: 200 },
  { entity: Patient, orm: () => orms[1], min: 200 },
  { entity: Str, orm: () => orms[2], min: 1 },
  { entity: Sip, orm: () => orms[2], min: 1 },
  { entity: Business, orm: () => orms[2], min: 5 },
  { entity: BusinessActivity, orm: () => orms[2], min: 5 },
  { entity: LicenceApplication, orm: () => orms[2], min: 2 },
];

describe('plain entities', () => {
  it.each(cases.map((c) => [c.entity.name, c] as const))(
    'reads every %s as find hydrates it, by key and in order',
    async (_name, { entity, orm, join, min }) => {
      const em: EntityManager = orm().em.fork();
      const meta = em.getMetadata().get(entity.name);
      const key = meta.primaryKeys[0];
      const column = meta.properties[key].fieldNames[0];
      const found = (await em.find(
        entity,
        {},
        {
          orderBy: { [key]: 'asc' },
          ...(join ? { populate: [join as never], strategy: 'joined' as const } : {}),
        },
      )) as Record<string, unknown>[];
      expect(found.length).toBeGreaterThanOrEqual(min);
      const keys = found.map((row) => row[key] as string);
      const plain = await plainEntities(orm().em.fork(), entity, {
        where: inParams(`t.${column}`, keys),
        params: keys,
        orderBy: `t.${column}`,
        join: join as never,
      });
      expect(plain.map((row) => fields(meta, row as Record<string, unknown>, join))).toEqual(
        found.map((row) => fields(meta, row, join)),
      );
      const unknown = meta.properties[key].columnTypes[0] === 'uuid' ? '00000000-0000-0000-0000-000000000000' : '0';
      const none = await plainEntities(orm().em.fork(), entity, {
        where: inParams(`t.${column}`, [unknown]),
        params: [unknown],
      });
      expect(none).toEqual([]);
    },
  );

  it('reads villages with their district, regency and province as the entities hold them', async () => {
    const em = orms[3].em.fork();
    const codes = [...new Set((await em.find(Citizen, {})).map((c) => c.village.code))];
    const villages = await em.find(
      Village,
      { code: { $in: codes } },
      { populate: ['district.regency.province'], strategy: 'joined' },
    );
    const shape = (v: Village) => [
      v.code,
      v.name,
      v.district.code,
      v.district.name,
      v.district.regency.code,
      v.district.regency.name,
      v.district.regency.province.code,
      v.district.regency.province.name,
    ];
    expect(codes.length).toBeGreaterThan(1);
    const read = await villagesByCode(orms[3].em.fork(), codes);
    expect(read.map(shape).sort()).toEqual(villages.map(shape).sort());
  });

  it('sends the reads one request starts together as one query, each answered with its own rows', async () => {
    const citizens = (await orms[3].em.fork().find(Citizen, {}, { limit: 3, orderBy: { nik: 'asc' } })).map((c) => ({
      nik: c.nik,
      kk: c.family.kk,
      village: c.village.code,
    }));
    const niks = citizens.map((c) => c.nik);
    const kks = [...new Set(citizens.map((c) => c.kk))];
    const reads = (em: EntityManager): (() => Promise<unknown>)[] => [
      () => plainEntities(em, Citizen, { where: inParams('t.nik', niks), params: niks, orderBy: 't.nik' }),
      () => plainEntities(em, Family, { where: inParams('t.kk', kks), params: kks, orderBy: 't.kk' }),
      () => plainEntities(em, Citizen, { where: inParams('t.family_kk', kks), params: kks, orderBy: 't.nik' }),
      () => villagesByCode(em, [citizens[0].village]),
      () => plainEntities(em, Citizen, { where: inParams('t.nik', ['0']), params: ['0'] }),
    ];
    const alone: unknown[] = [];
    for (const read of reads(orms[3].em.fork())) alone.push(await read());
    const queries = jest.spyOn(Client.prototype, 'query');
    try {
      const together = await Promise.all(reads(orms[3].em.fork()).map((read) => read()));
      expect(queries).toHaveBeenCalledTimes(1);
      expect(together).toEqual(alone);
      expect((together[0] as Citizen[]).map((c) => c.nik)).toEqual(niks);
      expect(together[4]).toEqual([]);
    } finally {
      queries.mockRestore();
    }
  });

  it("fails the reads sent with one that fails, and no other request's", async () => {
    const failing = orms[3].em.fork();
    const other = orms[3].em.fork();
    const [broken, sentWith, elsewhere] = await Promise.allSettled([
      plainEntities(failing, Citizen, { where: 't.no_such_column = ?', params: ['x'] }),
      plainEntities(failing, Family, { where: 'true', params: [] }),
      plainEntities(other, Family, { where: 'true', params: [] }),
    ]);
    expect(broken).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/no_such_column/) } });
    expect(sentWith.status).toBe('rejected');
    expect(elsewhere).toMatchObject({ status: 'fulfilled', value: expect.arrayContaining([expect.anything()]) });
  });

  it('answers two requests racing with their own rows, each of its own reads', async () => {
    const niks = (await orms[3].em.fork().find(Citizen, {}, { limit: 40, orderBy: { nik: 'asc' } })).map((c) => c.nik);
    const mine = niks.slice(0, 20);
    const theirs = niks.slice(20);
    const read = (em: EntityManager, keys: string[]) =>
      Promise.all(keys.map((nik) => plainEntities(em, Citizen, { where: inParams('t.nik', [nik]), params: [nik] })));
    const [a, b] = await Promise.all([read(orms[3].em.fork(), mine), read(orms[3].em.fork(), theirs)]);
    expect(a.map((rows) => rows.map((c) => c.nik))).toEqual(mine.map((nik) => [nik]));
    expect(b.map((rows) => rows.map((c) => c.nik))).toEqual(theirs.map((nik) => [nik]));
  });

  it('fails the reads of a query whose connection is cut mid-way, as a lost database, and reads on afterwards', async () => {
    const em = orms[3].em.fork();
    const [nik] = (await orms[3].em.fork().find(Citizen, {}, { limit: 1 })).map((c) => c.nik);
    const outcomes = Promise.allSettled([
      plainEntities(em, Citizen, { where: 't.nik = ? and pg_sleep(5) is not null', params: [nik] }),
      plainEntities(em, Family, { where: 'true', params: [] }),
    ]);
    // The database ends the session that runs them, as a restart or a failover would.
    for (let i = 0; i < 50; i += 1) {
      const { rows } = await database.pool.query(
        `select pg_terminate_backend(pid) as ended from pg_stat_activity
          where query like '%pg_sleep(5)%' and pid <> pg_backend_pid()`,
      );
      if (rows.length > 0) break;
      await new Promise((done) => setTimeout(done, 20));
    }
    for (const outcome of await outcomes) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/terminat/) } });
    }
    const again = await plainEntities(orms[3].em.fork(), Citizen, { where: inParams('t.nik', [nik]), params: [nik] });
    expect(again.map((c) => c.nik)).toEqual([nik]);
  });

  it('refuses an entity whose keys JSON cannot carry exactly (a bigint), rather than round them', async () => {
    await expect(plainEntities(orms[2].em.fork(), ApplicationEvent, { where: 'true', params: [] })).rejects.toThrow(
      /ApplicationEvent\.id: a bigserial column is not read as JSON/,
    );
  });
});

// A second database of the same schema, empty, stands in for a replica here: what is read from it is told apart
// from what is read from the primary by what it holds (tests/faults/scale-out.test.ts runs a streaming replica).
describe('plain reads and a replica', () => {
  let standIn: TestDatabase;
  let orm: MikroORM;
  let nik: string;
  beforeAll(async () => {
    standIn = await createTestDatabase('plain_entities_replica');
    orm = await MikroORM.init(population.ormConfig(database.url, { replicaUrls: [standIn.url] }));
    [nik] = (await orm.em.fork().find(Citizen, {}, { limit: 1 })).map((c) => c.nik);
  });
  afterAll(async () => {
    await orm?.close(true);
    await standIn?.drop();
  });
  const read = (em: EntityManager, replica: boolean) =>
    plainEntities(em, Citizen, { where: inParams('t.nik', [nik]), params: [nik], replica }).then((rows) =>
      rows.map((c) => c.nik),
    );

  it('sends to the replica only the reads that ask for it; find and every other read stay on the primary', async () => {
    const em = orm.em.fork();
    const [onReplica, onPrimary] = await Promise.all([read(em, true), read(em, false)]);
    expect(onReplica).toEqual([]);
    expect(onPrimary).toEqual([nik]);
    expect((await em.find(Citizen, { nik })).map((c) => c.nik)).toEqual([nik]);
  });

  it("reads in a transaction on the transaction's connection, replica or not", async () => {
    await orm.em.fork().transactional(async (em) => {
      expect(await read(em, true)).toEqual([nik]);
    });
  });

  it('hands a read to the primary when the replica cannot be reached, or ends the session reading it', async () => {
    const unreachable = await MikroORM.init(
      population.ormConfig(database.url, { replicaUrls: [`postgres://postgres@127.0.0.1:${await freePort()}/x`] }),
    );
    try {
      expect(await read(unreachable.em.fork(), true)).toEqual([nik]);
    } finally {
      await unreachable.close(true);
    }
    const sleeping = plainEntities(orm.em.fork(), Citizen, {
      // Sleeps before it looks for the person (a one-time filter), whom the stand-in does not have.
      where: '(select pg_sleep(3)) is not null and t.nik = ?',
      params: [nik],
      replica: true,
    });
    const standInName = new URL(standIn.url).pathname.slice(1);
    for (let i = 0; i < 50; i += 1) {
      const { rows } = await database.pool.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and query like '%pg_sleep(3)%'`,
        [standInName],
      );
      if (rows.length > 0) break;
      await new Promise((done) => setTimeout(done, 20));
    }
    // The primary answers it in full (and sleeps its 3 s there).
    expect((await sleeping).map((c) => c.nik)).toEqual([nik]);
  }, 20_000);

  it('passes over a replica that stops answering, and reads from it again once a probe finds it answering', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(standIn.url).port || 5432) });
    // Sessions that give up after 0.3 s of statement and 2 s more of silence (hub/silent-connections.ts).
    const timeouts = { statementMs: 300, lockMs: 0, idleInTransactionMs: 0 };
    const stalling = await MikroORM.init(
      population.ormConfig(servingUrl(database.url, timeouts), {
        replicaUrls: [servingUrl(proxy.via(standIn.url), timeouts)],
      }),
    );
    try {
      expect(await read(stalling.em.fork(), true)).toEqual([]);
      proxy.set({ kind: 'stall' });
      // The read on the silent replica is given up on, and the primary answers it.
      expect(await read(stalling.em.fork(), true)).toEqual([nik]);
      // The next ones go to the primary at once: no connection to the replica but, at most, one probe's.
      const accepted = proxy.accepted;
      const reads = await Promise.all(Array.from({ length: 10 }, () => read(stalling.em.fork(), true)));
      expect(reads).toEqual(Array.from({ length: 10 }, () => [nik]));
      expect(proxy.accepted - accepted).toBeLessThanOrEqual(1);
      proxy.set({ kind: 'pass' });
      let fromReplica = false;
      for (let i = 0; i < 100 && !fromReplica; i += 1) {
        fromReplica = (await read(stalling.em.fork(), true)).length === 0;
        if (!fromReplica) await new Promise((done) => setTimeout(done, 100));
      }
      expect(fromReplica).toBe(true);
    } finally {
      await stalling.close(true);
      await proxy.close();
    }
  }, 30_000);
});
