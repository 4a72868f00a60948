import type { EntityManager } from '@mikro-orm/postgresql';
import { inParams, plainRows } from '../../hub/orm';
import type { Citizen } from './entities/citizen.entity';
import type { Family } from './entities/family.entity';
import type { Village } from './entities/village.entity';

/**
 * The profile path's reads as plain rows: one statement each, no entity hydration and no identity map (the
 * profile's CPU went mostly to MikroORM's `find`; bench S10). Each row is shaped as its entity is, with the
 * references the resolvers follow (`family.kk`, `village.code`), so resolvers and the policy read them alike.
 * Dates travel as the ISO text the entities hold. Writes and migrations stay on MikroORM.
 */
type Row = Record<string, unknown>;

const CITIZEN = `select nik, full_name, sex, birth_place, birth_date::text as birth_date, religion, marital_status,
  occupation, education, citizenship, street, rt, rw, village_code, family_kk, family_relationship,
  died_on::text as died_on, source_agency, source_system, source_as_of
  from population.citizen`;

function citizenOf(row: Row): Citizen {
  return {
    nik: row.nik,
    fullName: row.full_name,
    sex: row.sex,
    birthPlace: row.birth_place,
    birthDate: row.birth_date,
    religion: row.religion,
    maritalStatus: row.marital_status,
    occupation: row.occupation,
    education: row.education,
    citizenship: row.citizenship,
    street: row.street,
    rt: row.rt,
    rw: row.rw,
    village: { code: row.village_code },
    family: { kk: row.family_kk },
    familyRelationship: row.family_relationship,
    diedOn: row.died_on ?? null,
    source: { agency: row.source_agency, system: row.source_system, asOf: new Date(row.source_as_of as string) },
  } as unknown as Citizen;
}

export async function citizensByNik(em: EntityManager, niks: readonly string[]): Promise<Citizen[]> {
  return (await plainRows(em, `${CITIZEN} where ${inParams('nik', niks)}`, [...niks])).map(citizenOf);
}

/** The members of these family cards, eldest first. */
export async function citizensByFamily(em: EntityManager, kks: readonly string[]): Promise<Citizen[]> {
  return (await plainRows(em, `${CITIZEN} where ${inParams('family_kk', kks)} order by birth_date, nik`, [...kks])).map(
    citizenOf,
  );
}

export async function familiesByKk(em: EntityManager, kks: readonly string[]): Promise<Family[]> {
  const found = await plainRows(
    em,
    `select kk, issued_on::text as issued_on from population.family where ${inParams('kk', kks)}`,
    [...kks],
  );
  return found.map((row) => ({ kk: row.kk, issuedOn: row.issued_on }) as unknown as Family);
}

/** Villages with their district, regency and province, in one joined statement. */
export async function villagesByCode(em: EntityManager, codes: readonly string[]): Promise<Village[]> {
  const found = await plainRows(
    em,
    `select v.code, v.name, d.code as district_code, d.name as district_name, r.code as regency_code,
            r.name as regency_name, p.code as province_code, p.name as province_name
       from population.village v
       join population.district d on d.code = v.district_code
       join population.regency r on r.code = d.regency_code
       join population.province p on p.code = r.province_code
      where ${inParams('v.code', codes)}`,
    [...codes],
  );
  return found.map(
    (row) =>
      ({
        code: row.code,
        name: row.name,
        district: {
          code: row.district_code,
          name: row.district_name,
          regency: {
            code: row.regency_code,
            name: row.regency_name,
            province: { code: row.province_code, name: row.province_name },
          },
        },
      }) as unknown as Village,
  );
}
