import { MikroORM } from '@mikro-orm/postgresql';
import { seedPopulation } from '../../seeds/load';
import { Household } from '../../subgraphs/regsosek/entities/household.entity';
import { HouseholdMember } from '../../subgraphs/regsosek/entities/household-member.entity';
import { households, membersByNik, membersOfHouseholds } from '../../subgraphs/regsosek/rows';
import { regsosek } from '../../subgraphs/regsosek/subgraph';
import { createTestDatabase, type TestDatabase } from '../support/database';

// The profile path reads households and their members as plain rows instead of entities: each must carry what the
// entity does, field by field, for every household and member of a seeded population.
let database: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase('regsosek_rows');
  await seedPopulation(database.pool, { citizens: 300, seed: 'regsosek-rows' });
  orm = await MikroORM.init(regsosek.ormConfig(database.url, { poolMax: 2 }));
});

afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

const householdFields = (h: Household) =>
  JSON.stringify({
    id: h.id,
    kk: h.kk,
    region: { villageCode: h.region.villageCode, bpsVillageCode: h.region.bpsVillageCode, urban: h.region.urban },
    welfareDecile: h.welfareDecile,
    housing: { ...h.housing, electricityVa: h.housing.electricityVa ?? null },
    assets: h.assets,
    surveyedOn: h.surveyedOn,
    source: { agency: h.source.agency, system: h.source.system, asOf: new Date(h.source.asOf).toISOString() },
  });

const memberFields = (m: HouseholdMember) =>
  JSON.stringify([m.nik, m.household.id, m.schoolLevel, m.employmentStatus, m.employmentSector, m.disability]);

describe('regsosek rows', () => {
  it('reads every household, by id and by family card, as its entity holds it', async () => {
    const entities = await orm.em.fork().find(Household, {}, { orderBy: { id: 'asc' } });
    expect(entities.length).toBeGreaterThan(50);
    const byId = await households(
      orm.em.fork(),
      'id',
      entities.map((h) => h.id),
    );
    const byKk = await households(
      orm.em.fork(),
      'kk',
      entities.map((h) => h.kk),
    );
    for (const read of [byId, byKk]) {
      const rows = new Map(read.map((h) => [h.id, householdFields(h)]));
      expect(entities.filter((h) => rows.get(h.id) !== householdFields(h)).map((h) => h.id)).toEqual([]);
    }
  });

  it('reads every member, with the household joined by NIK and by household', async () => {
    const entities = await orm.em
      .fork()
      .find(HouseholdMember, {}, { populate: ['household'], orderBy: { nik: 'asc' } });
    const byNik = await membersByNik(
      orm.em.fork(),
      entities.map((m) => m.nik),
    );
    const rows = new Map(byNik.map((m) => [m.nik, [memberFields(m), householdFields(m.household)]]));
    expect(
      entities
        .filter(
          (m) => JSON.stringify(rows.get(m.nik)) !== JSON.stringify([memberFields(m), householdFields(m.household)]),
        )
        .map((m) => m.nik),
    ).toEqual([]);
    const ids = [...new Set(entities.map((m) => m.household.id))];
    const grouped = await membersOfHouseholds(orm.em.fork(), ids);
    expect(grouped.map(memberFields).sort()).toEqual(entities.map(memberFields).sort());
  });
});
