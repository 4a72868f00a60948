import type { CitizenRow, FamilyRow } from '../generator';
import { REFERENCE_YEAR } from '../generator';
import { Weighted, type Random } from '../prng';
import { bpsVillageCode } from '../crosswalk';
import { sectorOf } from './occupation';
import { tableRows, type TableRows } from './table-rows';

/** Provinces with poverty well above (negative) or below (positive) the national 8.5% (BPS, estimate of the offset). */
const PROVINCE_WELFARE: Readonly<Record<string, number>> = {
  '91': -0.16,
  '92': -0.14,
  '93': -0.14,
  '94': -0.16,
  '95': -0.2,
  '96': -0.12,
  '53': -0.13,
  '81': -0.1,
  '75': -0.09,
  '52': -0.07,
  '11': -0.08,
  '17': -0.07,
  '76': -0.05,
  '33': -0.02,
  '35': -0.02,
  '34': -0.03,
  '31': 0.14,
  '51': 0.1,
  '64': 0.1,
  '21': 0.09,
  '19': 0.09,
  '63': 0.07,
  '65': 0.06,
  '36': 0.03,
  '32': 0.01,
};
const HEAD_OCCUPATION: Readonly<Record<string, number>> = {
  GOVERNMENT: 0.2,
  MILITARY_POLICE: 0.18,
  STATE_ENTERPRISE: 0.22,
  PRIVATE: 0.06,
  SELF_EMPLOYED: 0.03,
  AGRICULTURE: -0.12,
  NONE: -0.08,
};
const SCHOOL: Readonly<Record<string, string>> = {
  TIDAK_SEKOLAH: 'NONE',
  BELUM_TAMAT_SD: 'NONE',
  SD: 'PRIMARY',
  SMP: 'JUNIOR_SECONDARY',
  SMA: 'SENIOR_SECONDARY',
  D1_D2: 'DIPLOMA',
  D3: 'DIPLOMA',
  S1_D4: 'BACHELOR',
  S2: 'POSTGRADUATE',
  S3: 'POSTGRADUATE',
};
const disabilities = Weighted.of([
  ['PHYSICAL', 40],
  ['SENSORY', 35],
  ['INTELLECTUAL', 8],
  ['MENTAL', 7],
  ['MULTIPLE', 10],
] as const);
const ASSETS: readonly (readonly [string, (decile: number, urban: boolean) => number])[] = [
  ['SMARTPHONE', (d) => 0.55 + 0.045 * d],
  ['TELEVISION', (d) => 0.6 + 0.038 * d],
  ['MOTORCYCLE', (d) => 0.35 + 0.06 * d],
  ['REFRIGERATOR', (d) => 0.1 + 0.08 * d],
  ['LAPTOP', (d) => 0.01 * d * d * 0.5],
  ['AIR_CONDITIONER', (d, urban) => (urban ? 0.006 : 0.002) * d * d],
  ['CAR', (d) => 0.004 * d * d],
  ['GOLD', (d) => 0.05 + 0.04 * d],
  ['LAND', (d, urban) => (urban ? 0.05 : 0.3) + 0.02 * d],
  ['LIVESTOCK', (d, urban) => (urban ? 0.02 : 0.25) - 0.01 * d],
];

const REGSOSEK_COLUMNS = {
  household: [
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
  ],
  member: ['nik', 'household_id', 'school_level', 'employment_status', 'employment_sector', 'disability'],
} as const;

export function regsosekTables(): TableRows[] {
  return [
    tableRows('regsosek.household', REGSOSEK_COLUMNS.household),
    tableRows('regsosek.household_member', REGSOSEK_COLUMNS.member),
  ];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const pick = <T>(random: Random, poor: readonly T[], mid: readonly T[], rich: readonly T[], decile: number): T =>
  random.pick(decile <= 3 ? poor : decile <= 7 ? mid : rich);

function employmentStatus(person: CitizenRow, age: number): string {
  if (person.occupation === 'Pelajar/Mahasiswa') return 'IN_SCHOOL';
  if (person.occupation === 'Mengurus Rumah Tangga') return 'HOMEMAKER';
  if (person.occupation === 'Belum/Tidak Bekerja') return age >= 19 && age < 60 ? 'UNEMPLOYED' : 'NOT_WORKING';
  if (person.occupation === 'Pensiunan') return 'NOT_WORKING';
  return 'WORKING';
}

/**
 * One DTSEN household per family card, with a welfare decile that follows the province's poverty, urban or
 * rural location, the head's work and schooling and the family's size, plus noise; housing and assets follow
 * the decile. Returns the decile, which the health and tax generators use too.
 */
export function addHousehold(
  random: Random,
  family: FamilyRow,
  members: readonly CitizenRow[],
  tables: TableRows[],
): number {
  const head = members[0];
  const urban = head.villageCode[9] === '1' || random.chance(0.25);
  const province = head.villageCode.slice(0, 2);
  const headSchool = SCHOOL[head.education];
  let score =
    0.5 + (PROVINCE_WELFARE[province] ?? 0) + (urban ? 0.06 : -0.05) + HEAD_OCCUPATION[sectorOf(head.occupation)];
  if (headSchool === 'BACHELOR' || headSchool === 'POSTGRADUATE') score += 0.15;
  if (headSchool === 'NONE' || headSchool === 'PRIMARY') score -= 0.07;
  if (members.length >= 6) score -= 0.06;
  score += (random.float() - 0.5) * 0.85;
  const decile = Math.min(10, Math.max(1, Math.floor(score * 10) + 1));

  const id = `RT${family.kk}`;
  const bps = bpsVillageCode(head.villageCode);
  const metered = decile >= 3 || random.chance(0.6);
  const electricity = random.chance(decile <= 2 ? 0.06 : 0.01)
    ? random.pick(['NON_PLN', 'NONE'])
    : metered
      ? 'PLN_METERED'
      : 'PLN_UNMETERED';
  const va =
    electricity === 'PLN_METERED'
      ? String(decile <= 3 ? 450 : decile <= 6 ? random.pick([900, 1300]) : random.pick([1300, 2200, 3500, 5500]))
      : null;
  const assets = ASSETS.filter(([, p]) => random.chance(Math.max(0, Math.min(0.98, p(decile, urban))))).map(
    ([name]) => name,
  );
  const surveyed = random.chance(0.8)
    ? `2022-${random.chance(0.5) ? `10-${pad(random.int(15, 31))}` : `11-${pad(random.int(1, 14))}`}`
    : `2025-${pad(random.int(1, 6))}-${pad(random.int(1, 28))}`;
  tables[0].rows.push([
    id,
    family.kk,
    head.villageCode,
    bps,
    String(urban),
    String(decile),
    String(Math.max(9, Math.round((18 + decile * 9 + members.length * 4) * (0.6 + random.float() * 0.8)))),
    pick(
      random,
      ['EARTH', 'BAMBOO', 'WOOD', 'CEMENT'],
      ['CEMENT', 'TILE', 'CERAMIC'],
      ['CERAMIC', 'CERAMIC', 'TILE'],
      decile,
    ),
    pick(random, ['BAMBOO', 'WOOD', 'OTHER'], ['BRICK', 'WOOD', 'BRICK'], ['BRICK'], decile),
    pick(random, ['ZINC', 'THATCH', 'ASBESTOS'], ['CLAY_TILE', 'ZINC', 'ASBESTOS'], ['CLAY_TILE', 'CONCRETE'], decile),
    pick(
      random,
      ['UNPROTECTED_WELL', 'SPRING', 'RIVER', 'PROTECTED_WELL', 'RAIN'],
      ['PROTECTED_WELL', 'BOTTLED', 'PIPED'],
      ['BOTTLED', 'PIPED'],
      decile,
    ),
    pick(
      random,
      ['SHARED_TOILET', 'PUBLIC_TOILET', 'NONE', 'PRIVATE_TOILET'],
      ['PRIVATE_TOILET', 'PRIVATE_TOILET', 'SHARED_TOILET'],
      ['PRIVATE_TOILET'],
      decile,
    ),
    electricity,
    va,
    `{${assets.join(',')}}`,
    surveyed,
  ]);
  for (const person of members) {
    const age = REFERENCE_YEAR - Number(person.birthDate.slice(0, 4));
    const disabled = random.chance(age >= 65 ? 0.12 : 0.02);
    tables[1].rows.push([
      person.nik,
      id,
      SCHOOL[person.education],
      employmentStatus(person, age),
      sectorOf(person.occupation),
      disabled ? disabilities.sample(random) : 'NONE',
    ]);
  }
  return decile;
}
