import { luhnValid } from '../../schema/scalars/npwp';
import type { CitizenRow } from '../generator';
import { REFERENCE_YEAR } from '../generator';
import type { Random } from '../prng';
import { readRegionTables } from '../regions';
import { isWageEarner, sectorOf } from './occupation';
import { tableRows, type TableRows } from './table-rows';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function taxTables(): TableRows[] {
  return [
    tableRows('tax.taxpayer', ['npwp', 'nik', 'status', 'matching_status', 'tax_office_code', 'registered_on']),
    tableRows('tax.filing', ['id', 'npwp', 'year', 'form', 'status', 'filed_on']),
  ];
}

let officeByRegency: Map<string, string> | undefined;

/** One KPP Pratama per regency or city (a simplification: real KPPs sometimes cover several). */
export function taxOffices(): TableRows {
  const table = tableRows('tax.tax_office', ['code', 'name', 'regency_code']);
  const regencies = [...readRegionTables().regencies].sort((a, b) => a.code.localeCompare(b.code));
  officeByRegency = new Map();
  regencies.forEach((regency, i) => {
    const code = pad(i + 1, 3);
    officeByRegency!.set(regency.code, code);
    table.rows.push([code, `KPP Pratama ${regency.name.replace(/^(Kabupaten|Kota) /, '')}`, regency.code]);
  });
  return table;
}

/** A legacy 15-digit NPWP (for non-residents) whose ninth digit is the Luhn check of the first nine. */
function legacyNpwp(random: Random, officeCode: string): string {
  const body = `${random.pick(['01', '02', '07', '08', '09'])}${pad(random.int(0, 999999), 6)}`;
  let check = 0;
  while (!luhnValid(`${body}${check}`)) check += 1;
  return `0${body}${check}${officeCode}000`;
}

/** Likelihood that a working-age person of this occupation holds an NPWP (estimates: ~70M holders). */
function npwpShare(occupation: string): number {
  if (isWageEarner(occupation)) return 0.85;
  const sector = sectorOf(occupation);
  if (sector === 'SELF_EMPLOYED') return 0.5;
  if (sector === 'AGRICULTURE') return 0.12;
  if (occupation === 'Pensiunan') return 0.5;
  if (occupation === 'Buruh Harian Lepas') return 0.2;
  return 0.03;
}

/**
 * NPWPs for working adults at realistic rates, including non-effective registrations (more among the poor and
 * the self-employed), and their annual returns for 2022-2025.
 */
export function addTaxpayers(
  random: Random,
  members: readonly CitizenRow[],
  decile: number,
  tables: TableRows[],
): void {
  const office = officeByRegency?.get(members[0].villageCode.slice(0, 5));
  if (!office) throw new Error('taxOffices() must be generated before taxpayers');
  for (const person of members) {
    const age = REFERENCE_YEAR - Number(person.birthDate.slice(0, 4));
    if (age < 18 || !random.chance(npwpShare(person.occupation))) continue;
    const wage = isWageEarner(person.occupation);
    const nonEffective = random.chance((wage ? 0.08 : 0.25) + (decile <= 3 ? 0.2 : 0));
    const status = random.chance(0.02) ? 'DELETED' : nonEffective ? 'NON_EFFECTIVE' : 'ACTIVE';
    const npwp = person.citizenship === 'WNI' ? person.nik : legacyNpwp(random, office);
    const registered = Math.min(REFERENCE_YEAR, Math.max(REFERENCE_YEAR - age + 18, 2000 + random.int(0, 24)));
    tables[0].rows.push([
      npwp,
      person.nik,
      status,
      random.chance(0.92) ? 'VALID' : 'NOT_YET_VALID',
      office,
      `${registered}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    ]);
    if (status !== 'ACTIVE') continue;
    const form = sectorOf(person.occupation) === 'SELF_EMPLOYED' ? 'F1770' : decile >= 8 ? 'F1770S' : 'F1770SS';
    for (let year = Math.max(2022, registered); year <= REFERENCE_YEAR; year += 1) {
      const roll = random.float();
      const status = roll < (wage ? 0.86 : 0.7) ? 'FILED' : roll < 0.92 ? 'LATE' : 'NOT_FILED';
      const filedOn =
        status === 'FILED'
          ? `${year + 1}-${pad(random.int(1, 3))}-${pad(random.int(1, 28))}`
          : status === 'LATE'
            ? `${year + 1}-${pad(random.int(4, 9))}-${pad(random.int(1, 28))}`
            : null;
      tables[1].rows.push([`${npwp}-${year}`, npwp, String(year), form, status, filedOn]);
    }
  }
}
