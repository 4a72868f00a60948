import type { EntityManager } from '@mikro-orm/postgresql';
import type { Household } from './entities/household.entity';
import type { HouseholdMember } from './entities/household-member.entity';

/**
 * The profile path's reads of households and their members as plain rows: one statement each, no entity
 * hydration (as subgraphs/population/rows.ts, and for the same reason: bench S10). Each row is shaped as its
 * entity is (`household.id`, the embedded region, housing and source); dates as the ISO text the entities hold.
 */
type Row = Record<string, unknown>;

const HOUSEHOLD_COLUMNS = [
  'id',
  'kk',
  'village_code',
  'bps_village_code',
  'urban',
  'welfare_decile',
  'floor_area_m2',
  'floor_material',
  'wall_material',
  'roof_material',
  'drinking_water',
  'sanitation',
  'electricity',
  'electricity_va',
  'assets',
  'surveyed_on',
  'source_agency',
  'source_system',
  'source_as_of',
];

/** The household's columns from `h`, each as `h_<column>` (dates as text). */
const householdColumns = HOUSEHOLD_COLUMNS.map((c) =>
  c === 'surveyed_on' ? `h.surveyed_on::text as h_surveyed_on` : `h.${c} as h_${c}`,
).join(', ');

const MEMBER = `select m.nik, m.household_id, m.school_level, m.employment_status, m.employment_sector, m.disability`;

/** `column in ($1, $2, ...)`, one parameter per value. */
const inList = (column: string, values: readonly string[]) => `${column} in (${values.map(() => '?').join(', ')})`;

function householdOf(row: Row): Household {
  const h = (column: string) => row[`h_${column}`];
  return {
    id: h('id'),
    kk: h('kk'),
    region: { villageCode: h('village_code'), bpsVillageCode: h('bps_village_code'), urban: h('urban') },
    welfareDecile: h('welfare_decile'),
    housing: {
      floorAreaM2: h('floor_area_m2'),
      floorMaterial: h('floor_material'),
      wallMaterial: h('wall_material'),
      roofMaterial: h('roof_material'),
      drinkingWater: h('drinking_water'),
      sanitation: h('sanitation'),
      electricity: h('electricity'),
      electricityVa: h('electricity_va') ?? null,
    },
    assets: h('assets'),
    surveyedOn: h('surveyed_on'),
    source: { agency: h('source_agency'), system: h('source_system'), asOf: new Date(h('source_as_of') as string) },
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

async function rows(em: EntityManager, sql: string, params: readonly string[]): Promise<Row[]> {
  return em.getConnection().execute(sql, [...params], 'all');
}

/** People's household memberships, each with its household (joined). */
export async function membersByNik(em: EntityManager, niks: readonly string[]): Promise<HouseholdMember[]> {
  const found = await rows(
    em,
    `${MEMBER}, ${householdColumns} from regsosek.household_member m
       join regsosek.household h on h.id = m.household_id where ${inList('m.nik', niks)}`,
    niks,
  );
  return found.map((row) => memberOf(row, householdOf(row)));
}

/** The members of these households, by NIK; each refers to its household by id. */
export async function membersOfHouseholds(em: EntityManager, ids: readonly string[]): Promise<HouseholdMember[]> {
  const found = await rows(
    em,
    `${MEMBER} from regsosek.household_member m where ${inList('m.household_id', ids)} order by m.nik`,
    ids,
  );
  return found.map((row) => memberOf(row, { id: row.household_id }));
}

export async function households(
  em: EntityManager,
  column: 'id' | 'kk',
  keys: readonly string[],
): Promise<Household[]> {
  return (
    await rows(em, `select ${householdColumns} from regsosek.household h where ${inList(`h.${column}`, keys)}`, keys)
  ).map(householdOf);
}
