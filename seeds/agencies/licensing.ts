import type { CitizenRow } from '../generator';
import { REFERENCE_YEAR } from '../generator';
import { Weighted, type Random } from '../prng';
import { HEALTH_PROFESSIONS } from './occupation';
import { tableRows, type TableRows } from './table-rows';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A sample of KBLI 2020 activities common among small businesses, with a typical risk level for a micro scale. */
const KBLI = Weighted.of([
  [['56102', 'Rumah Makan', 'LOW'], 16],
  [['56103', 'Kedai Makanan', 'LOW'], 14],
  [['56101', 'Restoran', 'MEDIUM_LOW'], 4],
  [['56303', 'Rumah Minum/Kafe', 'LOW'], 6],
  [['47112', 'Perdagangan Eceran Makanan, Minuman dan Tembakau di Minimarket', 'LOW'], 10],
  [['47711', 'Perdagangan Eceran Pakaian', 'LOW'], 9],
  [['47591', 'Perdagangan Eceran Furnitur', 'LOW'], 3],
  [['10710', 'Industri Produk Roti dan Kue', 'MEDIUM_LOW'], 8],
  [['14111', 'Industri Pakaian Jadi (Konveksi) dari Tekstil', 'MEDIUM_LOW'], 5],
  [['01111', 'Pertanian Jagung', 'LOW'], 5],
  [['03111', 'Penangkapan Ikan di Laut', 'MEDIUM_LOW'], 3],
  [['16220', 'Industri Barang Bangunan dari Kayu', 'MEDIUM_HIGH'], 2],
] as const);
const BUSINESS_PREFIX = ['Warung', 'Toko', 'UD', 'CV', 'Usaha', 'Kedai'];
const BUSINESS_SUFFIX = ['Jaya', 'Makmur', 'Sejahtera', 'Abadi', 'Berkah', 'Mandiri'];
const PRACTICE = ['Puskesmas', 'RSUD', 'Klinik Pratama', 'Praktik Mandiri', 'Rumah Sakit Swasta'];

export function licensingTables(): TableRows[] {
  return [
    tableRows('licensing.str', ['number', 'nik', 'profession', 'issued_on', 'valid_until']),
    tableRows('licensing.sip', [
      'number',
      'nik',
      'str_number',
      'practice_location',
      'regency_code',
      'issued_on',
      'valid_until',
    ]),
    tableRows('licensing.business', ['nib', 'owner_nik', 'name', 'issued_on']),
    tableRows('licensing.business_activity', ['id', 'nib', 'kbli', 'kbli_version', 'description', 'risk_level']),
  ];
}

export interface LicensingCounters {
  str: number;
  nib: number;
}

/**
 * An STR for every health worker (lifetime for most, as UU 17/2023 made it; older dated ones for the rest),
 * 0-2 SIPs in their regency, and an NIB with 1-3 KBLI activities for a share of the self-employed.
 */
export function addLicences(
  random: Random,
  members: readonly CitizenRow[],
  counters: LicensingCounters,
  tables: TableRows[],
): void {
  for (const person of members) {
    const age = REFERENCE_YEAR - Number(person.birthDate.slice(0, 4));
    const profession = HEALTH_PROFESSIONS[person.occupation];
    const regency = person.villageCode.slice(0, 5);
    if (profession) {
      counters.str += 1;
      const number = `STR-${profession.slice(0, 3)}-${pad(counters.str, 9)}`;
      const issuedYear = Math.max(REFERENCE_YEAR - age + 23, 2010 + random.int(0, 14));
      const lifetime = random.chance(0.8);
      tables[0].rows.push([
        number,
        person.nik,
        profession,
        `${Math.min(issuedYear, REFERENCE_YEAR)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
        lifetime ? null : `${Math.min(issuedYear, REFERENCE_YEAR) + 5}-${pad(random.int(1, 12))}-01`,
      ]);
      const sips = random.chance(0.1) ? 0 : random.chance(0.78) ? 1 : 2;
      for (let i = 0; i < sips; i += 1) {
        const year = REFERENCE_YEAR - random.int(0, 7);
        const month = pad(random.int(1, 12));
        const day = pad(random.int(1, 28));
        tables[1].rows.push([
          `SIP/${regency.replace('.', '')}/${year}/${number.slice(-9)}${i}`,
          person.nik,
          number,
          `${random.pick(PRACTICE)} ${person.birthPlace}`,
          regency,
          `${year}-${month}-${day}`,
          `${year + 5}-${month}-${day}`,
        ]);
      }
    }
    if ((person.occupation === 'Wiraswasta' || person.occupation === 'Pedagang') && age >= 18 && random.chance(0.18)) {
      counters.nib += 1;
      const nib = `91${pad(counters.nib, 11)}`;
      tables[2].rows.push([
        nib,
        person.nik,
        `${random.pick(BUSINESS_PREFIX)} ${person.fullName.split(' ')[0]} ${random.pick(BUSINESS_SUFFIX)}`,
        `${REFERENCE_YEAR - random.int(0, 6)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
      ]);
      const seen = new Set<string>();
      for (let i = random.int(1, 3); i > 0; i -= 1) {
        const [kbli, description, risk] = KBLI.sample(random);
        if (seen.has(kbli)) continue;
        seen.add(kbli);
        tables[3].rows.push([`${nib}-${kbli}`, nib, kbli, '2020', description, risk]);
      }
    }
  }
}
