import type { CitizenRow } from '../generator';
import type { Random } from '../prng';
import { readRegionTables } from '../regions';
import { isWageEarner, sectorOf } from './occupation';
import { tableRows, type TableRows } from './table-rows';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const digits = (code: string) => code.replace(/\./g, '');

export function healthTables(): TableRows[] {
  return [
    tableRows('health.membership', [
      'card_number',
      'nik',
      'segment',
      'care_class',
      'status',
      'status_reason',
      'facility_code',
      'coverage_start',
      'coverage_end',
    ]),
    tableRows('health.patient', ['nik', 'ihs_number']),
  ];
}

/** A puskesmas in every district, and a clinic and a doctor's practice in every regency. */
export function healthFacilities(): TableRows {
  const table = tableRows('health.facility', ['code', 'name', 'type', 'regency_code']);
  const { districts, regencies } = readRegionTables();
  for (const district of districts)
    table.rows.push([`P${digits(district.code)}`, `Puskesmas ${district.name}`, 'PUSKESMAS', district.regencyCode]);
  for (const regency of regencies) {
    const place = regency.name.replace(/^(Kabupaten|Kota) /, '');
    table.rows.push([`K${digits(regency.code)}01`, `Klinik Pratama ${place} Sehat`, 'KLINIK_PRATAMA', regency.code]);
    table.rows.push([`D${digits(regency.code)}01`, `Praktik Dokter Umum ${place}`, 'DOKTER_PRAKTIK', regency.code]);
  }
  return table;
}

/** Sequences for card and IHS numbers, owned by one generator run. */
export interface HealthCounters {
  card: number;
  ihs: number;
}

/**
 * JKN membership for ~98.5% of families, by family: state employees' families are PPU, poorer families (deciles 1-6)
 * mostly PBI, other employees' families mostly PPU, pensioners BP, the rest PBPU; inactive members are mostly PBPU in
 * arrears. SATUSEHAT patient ids for most people.
 */
export function addHealth(
  random: Random,
  members: readonly CitizenRow[],
  decile: number,
  counters: HealthCounters,
  tables: TableRows[],
): void {
  const head = members[0];
  const earners = members.slice(0, 2);
  const stateEmployed = earners.some((m) =>
    ['GOVERNMENT', 'MILITARY_POLICE', 'STATE_ENTERPRISE'].includes(sectorOf(m.occupation)),
  );
  // Many private employees work informally, without an employer registering them (estimate: 60% are PPU).
  const ppu = stateEmployed || (earners.some((m) => isWageEarner(m.occupation)) && random.chance(0.6));
  const segment = stateEmployed
    ? 'PPU'
    : decile <= 6 && random.chance(0.88)
      ? random.chance(0.69)
        ? 'PBI_APBN'
        : 'PBI_APBD'
      : ppu
        ? 'PPU'
        : head.occupation === 'Pensiunan'
          ? 'BP'
          : 'PBPU';
  const careClass = segment.startsWith('PBI')
    ? 3
    : segment === 'PPU'
      ? decile >= 7
        ? 1
        : 2
      : segment === 'BP'
        ? random.int(1, 2)
        : decile <= 4
          ? 3
          : random.int(1, 3);
  const inactive = random.chance(segment === 'PBPU' ? 0.33 : 0.03);
  const reason = !inactive
    ? null
    : segment === 'PBPU'
      ? 'PREMIUM_ARREARS'
      : segment === 'PPU'
        ? 'EMPLOYER_ARREARS'
        : segment === 'BP'
          ? 'DATA_UPDATE_REQUIRED'
          : 'PBI_DEACTIVATED';
  const district = digits(head.villageCode.slice(0, 8));
  const roll = random.float();
  const facility =
    roll < 0.75 ? `P${district}` : roll < 0.95 ? `K${district.slice(0, 4)}01` : `D${district.slice(0, 4)}01`;
  const registered = random.chance(0.985);
  const familyStart = 2014 + random.int(0, 10);
  for (const person of members) {
    if (registered) {
      counters.card += 1;
      const born = Number(person.birthDate.slice(0, 4));
      const startYear = Math.max(familyStart, born);
      const start = `${startYear}-${pad(random.int(1, 12))}-01`;
      const end = inactive ? `${Math.min(2025, startYear + random.int(1, 6))}-${pad(random.int(1, 12))}-01` : null;
      tables[0].rows.push([
        `000${pad(counters.card, 10)}`,
        person.nik,
        segment,
        String(careClass),
        inactive ? 'INACTIVE' : 'ACTIVE',
        reason,
        facility,
        start,
        end && end > start ? end : inactive ? start : null,
      ]);
    }
    if (random.chance(0.92)) {
      counters.ihs += 1;
      tables[1].rows.push([person.nik, `P${pad(10_000_000_000 + counters.ihs * 7, 11)}`]);
    }
  }
}
