import {
  ADULT_EDUCATION,
  ADULT_OCCUPATIONS,
  EDUCATION_ORDER,
  HEALTH_OCCUPATIONS,
  HEALTH_WORKER_SHARE_OF_WORKING_AGE,
  OCCUPATION_EDUCATION,
  type Education,
} from './distributions';
import type { Relationship, Sex } from './household';
import { Weighted, type Random } from './prng';

/**
 * Education and occupation as the population register records them, consistent with age: children are
 * 'Belum/Tidak Bekerja' or 'Pelajar/Mahasiswa' with the schooling their age allows; adults draw from the
 * occupation and education mixes; civil servants, soldiers and police are retired by 58; an occupation that
 * needs a diploma raises the schooling to it.
 */
const bySex = (table: readonly (readonly [string, number, number])[]) => ({
  MALE: new Weighted(
    table.map(([o]) => o),
    table.map(([, m]) => m),
  ),
  FEMALE: new Weighted(
    table.map(([o]) => o),
    table.map(([, , f]) => f),
  ),
});
const occupations = bySex(ADULT_OCCUPATIONS);
const healthOccupations = bySex(HEALTH_OCCUPATIONS);
const educationByAge = {
  young: Weighted.of(ADULT_EDUCATION.young),
  middle: Weighted.of(ADULT_EDUCATION.middle),
  old: Weighted.of(ADULT_EDUCATION.old),
};
/** The youngest age at which someone holds each level: a 19-year-old is not yet a graduate teacher. */
const MIN_AGE: Partial<Record<Education, number>> = { D1_D2: 20, D3: 21, S1_D4: 22, S2: 24, S3: 28 };
/** Jobs that end at the retirement age of the state (58 for civil servants; earlier for soldiers and police). */
const PENSIONED = new Set([
  'Pegawai Negeri Sipil',
  'Guru',
  'Tentara Nasional Indonesia',
  'Kepolisian RI',
  'Karyawan BUMN',
]);

export function education(random: Random, age: number): Education {
  if (age < 5) return 'TIDAK_SEKOLAH';
  if (age <= 12) return 'BELUM_TAMAT_SD';
  if (age <= 15) return 'SD';
  if (age <= 18) return 'SMP';
  const sampled = (age < 45 ? educationByAge.young : age < 65 ? educationByAge.middle : educationByAge.old).sample(
    random,
  );
  // Nobody has a diploma or degree before the age it takes.
  return age < (MIN_AGE[sampled] ?? 0) ? 'SMA' : sampled;
}

export function occupation(random: Random, sex: Sex, age: number, relationship: Relationship): string {
  if (age < 5) return 'Belum/Tidak Bekerja';
  if (age < 19) return 'Pelajar/Mahasiswa';
  if (relationship === 'HOUSEHOLD_HELPER') return 'Pembantu Rumah Tangga';
  if (age < 24 && random.chance(0.45)) return 'Pelajar/Mahasiswa';
  if (age >= 23 && age < 65 && random.chance(HEALTH_WORKER_SHARE_OF_WORKING_AGE))
    return healthOccupations[sex].sample(random);
  if (age >= 58) {
    const roll = random.float();
    if (roll < 0.12) return 'Pensiunan';
    if (roll < (age >= 70 ? 0.8 : 0.45)) return sex === 'FEMALE' ? 'Mengurus Rumah Tangga' : 'Belum/Tidak Bekerja';
  }
  let job = occupations[sex].sample(random);
  while ((job === 'Pelajar/Mahasiswa' && age > 27) || age < (MIN_AGE[OCCUPATION_EDUCATION[job]] ?? 0))
    job = occupations[sex].sample(random);
  return age >= 58 && PENSIONED.has(job) ? 'Pensiunan' : job;
}

/** Raises schooling to what the occupation needs (a doctor has at least a degree). */
export function schoolingFor(job: string, schooling: Education): Education {
  const minimum = OCCUPATION_EDUCATION[job];
  return minimum && EDUCATION_ORDER.indexOf(schooling) < EDUCATION_ORDER.indexOf(minimum) ? minimum : schooling;
}
