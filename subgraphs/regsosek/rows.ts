import type { EntityManager } from '@mikro-orm/postgresql';
import { inParams, plainRows } from '../../hub/orm';
import type { Household } from './entities/household.entity';
import type { HouseholdMember } from './entities/household-member.entity';

/**
 * The profile path's reads of households and their members as plain rows: one statement each, no entity
 * hydration (as subgraphs/population/rows.ts, and for the same reason: bench S10). A household travels as its row
 * in JSON (`row_to_json`: its dates as ISO text, as the entity holds them) and is shaped as its entity is, with the
 * embedded region, housing and source; a member refers to its household by id, or carries it when joined.
 */
type Row = Record<string, unknown>;

const MEMBER = `select m.nik, m.household_id, m.school_level, m.employment_status, m.employment_sector, m.disability`;

function householdOf(h: Row): Household {
  return {
    id: h.id,
    kk: h.kk,
    region: { villageCode: h.village_code, bpsVillageCode: h.bps_village_code, urban: h.urban },
    welfareDecile: h.welfare_decile,
    housing: {
      floorAreaM2: h.floor_area_m2,
      floorMaterial: h.floor_material,
      wallMaterial: h.wall_material,
      roofMaterial: h.roof_material,
      drinkingWater: h.drinking_water,
      sanitation: h.sanitation,
      electricity: h.electricity,
      electricityVa: h.electricity_va ?? null,
    },
    assets: h.assets,
    surveyedOn: h.surveyed_on,
    source: { agency: h.source_agency, system: h.source_system, asOf: new Date(h.source_as_of as string) },
  } as unknown as Household;
}

function memberOf(row: Row, household: Household | { id: unknown }): HouseholdMember {
  return {
    nik: row.nik,
    household,
    schoolLevel: row.school_level,
    employmentStatus: row.employment_status,
    employmentSector: row.employment_sector,
    disability: row.disability,
  } as unknown as HouseholdMember;
}

/** People's household memberships, each with its household (joined). */
export async function membersByNik(em: EntityManager, niks: readonly string[]): Promise<HouseholdMember[]> {
  const found = await plainRows(
    em,
    `${MEMBER}, row_to_json(h) as household from regsosek.household_member m
       join regsosek.household h on h.id = m.household_id where ${inParams('m.nik', niks)}`,
    niks,
  );
  return found.map((row) => memberOf(row, householdOf(row.household as Row)));
}

/** The members of these households, by NIK; each refers to its household by id. */
export async function membersOfHouseholds(em: EntityManager, ids: readonly string[]): Promise<HouseholdMember[]> {
  const found = await plainRows(
    em,
    `${MEMBER} from regsosek.household_member m where ${inParams('m.household_id', ids)} order by m.nik`,
    ids,
  );
  return found.map((row) => memberOf(row, { id: row.household_id }));
}

export async function households(
  em: EntityManager,
  column: 'id' | 'kk',
  keys: readonly string[],
): Promise<Household[]> {
  const found = await plainRows(
    em,
    `select row_to_json(h) as household from regsosek.household h where ${inParams(`h.${column}`, keys)}`,
    keys,
  );
  return found.map((row) => householdOf(row.household as Row));
}
