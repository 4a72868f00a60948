/** How the population register's occupations map to what the other agencies record. */
type Sector =
  'GOVERNMENT' | 'MILITARY_POLICE' | 'STATE_ENTERPRISE' | 'PRIVATE' | 'SELF_EMPLOYED' | 'AGRICULTURE' | 'NONE';

const SECTORS: Readonly<Record<string, Sector>> = {
  'Pegawai Negeri Sipil': 'GOVERNMENT',
  Guru: 'GOVERNMENT',
  Pensiunan: 'NONE',
  'Tentara Nasional Indonesia': 'MILITARY_POLICE',
  'Kepolisian RI': 'MILITARY_POLICE',
  'Karyawan BUMN': 'STATE_ENTERPRISE',
  'Karyawan Swasta': 'PRIVATE',
  'Buruh Harian Lepas': 'PRIVATE',
  Sopir: 'PRIVATE',
  Perawat: 'PRIVATE',
  Bidan: 'PRIVATE',
  Dokter: 'PRIVATE',
  Apoteker: 'PRIVATE',
  'Analis Kesehatan': 'PRIVATE',
  'Dokter Gigi': 'PRIVATE',
  'Ahli Gizi': 'PRIVATE',
  Wiraswasta: 'SELF_EMPLOYED',
  Pedagang: 'SELF_EMPLOYED',
  'Nelayan/Perikanan': 'SELF_EMPLOYED',
  'Petani/Pekebun': 'AGRICULTURE',
  'Buruh Tani/Perkebunan': 'AGRICULTURE',
};

export function sectorOf(occupation: string): Sector {
  return SECTORS[occupation] ?? 'NONE';
}

export const HEALTH_PROFESSIONS: Readonly<Record<string, string>> = {
  Perawat: 'NURSE',
  Bidan: 'MIDWIFE',
  Dokter: 'DOCTOR',
  Apoteker: 'PHARMACIST',
  'Analis Kesehatan': 'LAB_ANALYST',
  'Dokter Gigi': 'DENTIST',
  'Ahli Gizi': 'NUTRITIONIST',
};

/** Employees with a payroll: their employer registers them for BPJS (PPU) and withholds income tax. */
export function isWageEarner(occupation: string): boolean {
  const sector = sectorOf(occupation);
  return (
    sector === 'GOVERNMENT' ||
    sector === 'MILITARY_POLICE' ||
    sector === 'STATE_ENTERPRISE' ||
    (sector === 'PRIVATE' && occupation !== 'Buruh Harian Lepas')
  );
}
