import { MikroORM } from '@mikro-orm/postgresql';
import { seedPopulation } from '../../seeds/load';
import { Citizen } from '../../subgraphs/population/entities/citizen.entity';
import { Family } from '../../subgraphs/population/entities/family.entity';
import { Village } from '../../subgraphs/population/entities/village.entity';
import { citizensByFamily, citizensByNik, familiesByKk, villagesByCode } from '../../subgraphs/population/rows';
import { population } from '../../subgraphs/population/subgraph';
import { createTestDatabase, type TestDatabase } from '../support/database';

// The profile path reads plain rows instead of entities: each must carry what the entity does, field by field,
// for every person, family and village of a seeded population (the deceased, with their date of death, too).
let database: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase('population_rows');
  await seedPopulation(database.pool, { citizens: 300, seed: 'population-rows' });
  // One person registered as deceased.
  await database.pool.query(
    `update population.citizen set died_on = '2026-01-02' where nik = (select min(nik) from population.citizen)`,
  );
  orm = await MikroORM.init(population.ormConfig(database.url, { poolMax: 2 }));
});

afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

/** What a resolver reads of a citizen, as JSON. */
const citizenFields = (c: Citizen) =>
  JSON.stringify({
    ...Object.fromEntries(
      (
        [
          'nik',
          'fullName',
          'sex',
          'birthPlace',
          'birthDate',
          'religion',
          'maritalStatus',
          'occupation',
          'education',
          'citizenship',
          'street',
          'rt',
          'rw',
          'familyRelationship',
          'diedOn',
        ] as const
      ).map((key) => [key, c[key] ?? null]),
    ),
    village: c.village.code,
    family: c.family.kk,
    source: { agency: c.source.agency, system: c.source.system, asOf: new Date(c.source.asOf).toISOString() },
  });

describe('population rows', () => {
  it('reads every citizen as its entity holds it, by NIK and by family card', async () => {
    const entities = await orm.em.fork().find(Citizen, {}, { orderBy: { nik: 'asc' } });
    expect(entities.length).toBeGreaterThan(250);
    expect(entities.some((c) => c.diedOn !== null)).toBe(true);
    const byNik = await citizensByNik(
      orm.em.fork(),
      entities.map((c) => c.nik),
    );
    const rows = new Map(byNik.map((c) => [c.nik, citizenFields(c)]));
    expect(entities.filter((c) => rows.get(c.nik) !== citizenFields(c)).map((c) => c.nik)).toEqual([]);
    expect(byNik).toHaveLength(entities.length);

    const kks = [...new Set(entities.map((c) => c.family.kk))].slice(0, 40);
    const members = await citizensByFamily(orm.em.fork(), kks);
    const expected = await orm.em
      .fork()
      .find(Citizen, { family: { kk: { $in: kks } } }, { orderBy: { birthDate: 'asc', nik: 'asc' } });
    expect(members.map(citizenFields)).toEqual(expected.map(citizenFields));
    expect(await citizensByNik(orm.em.fork(), ['3204120101990001'])).toEqual([]);
  });

  it('reads families and villages (with district, regency and province) as their entities hold them', async () => {
    const families = await orm.em.fork().find(Family, {}, { limit: 50, orderBy: { kk: 'asc' } });
    const rows = await familiesByKk(
      orm.em.fork(),
      families.map((f) => f.kk),
    );
    expect(rows.map((f) => ({ kk: f.kk, issuedOn: f.issuedOn })).sort((a, b) => a.kk.localeCompare(b.kk))).toEqual(
      families.map((f) => ({ kk: f.kk, issuedOn: f.issuedOn })),
    );
    const codes = [...new Set((await orm.em.fork().find(Citizen, {}, { limit: 60 })).map((c) => c.village.code))];
    const villages = await orm.em
      .fork()
      .find(Village, { code: { $in: codes } }, { populate: ['district.regency.province'], strategy: 'joined' });
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
    const read = await villagesByCode(orm.em.fork(), codes);
    expect(read.map(shape).sort()).toEqual(villages.map(shape).sort());
  });
});
