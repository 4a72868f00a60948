/**
 * Distributions the generator draws from, as data. Sources: BPS 2024 province populations (thousands) and
 * Dukcapil for the Papuan provinces split in 2022 (see the project's domain notes); religion by province from
 * Dukcapil/BPS publications, rounded (estimates, tuned so the national mix lands on Islam 87.1, Kristen 7.4,
 * Katolik 3.1, Hindu 1.7, Buddha 0.7, Konghucu and Kepercayaan 0.03 each). Rows marked "estimate" are ours.
 */

/** Population by Kemendagri province code, in thousands (BPS 2024). */
export const PROVINCE_POPULATION: Readonly<Record<string, number>> = {
  '11': 5555,
  '12': 15589,
  '13': 5836,
  '14': 6728,
  '15': 3724,
  '16': 8837,
  '17': 2112,
  '18': 9420,
  '19': 1532,
  '21': 2183,
  '31': 10685,
  '32': 50345,
  '33': 37892,
  '34': 3760,
  '35': 41815,
  '36': 12431,
  '51': 4433,
  '52': 5646,
  '53': 5656,
  '61': 5696,
  '62': 2810,
  '63': 4273,
  '64': 4046,
  '65': 740,
  '71': 2702,
  '72': 3122,
  '73': 9463,
  '74': 2793,
  '75': 1228,
  '76': 1503,
  '81': 1946,
  '82': 1356,
  // Papua Barat (BPS) and Papua Selatan, Papua Barat Daya (Dukcapil); Papua, Papua Tengah and Papua
  // Pegunungan share the rest of the ~5.2 million (estimate).
  '92': 579,
  '93': 546,
  '96': 616,
  '91': 1060,
  '94': 1450,
  '95': 1528,
};

/** Men per 100 women: 101.9 nationally, 110-114 in the Papuan provinces (male in-migration). */
export function sexRatio(provinceCode: string): number {
  return provinceCode.startsWith('9') ? 112 : 101.9;
}

export type Religion = 'ISLAM' | 'KRISTEN' | 'KATOLIK' | 'HINDU' | 'BUDDHA' | 'KONGHUCU' | 'KEPERCAYAAN';
export const RELIGIONS: readonly Religion[] = [
  'ISLAM',
  'KRISTEN',
  'KATOLIK',
  'HINDU',
  'BUDDHA',
  'KONGHUCU',
  'KEPERCAYAAN',
];

/** Percent by province, in the order of RELIGIONS (rounded; Kalteng's Hindu share is mostly Kaharingan). */
export const PROVINCE_RELIGION: Readonly<Record<string, readonly number[]>> = {
  '11': [98.6, 1.1, 0.1, 0, 0.2, 0, 0],
  '12': [65, 27, 5.5, 0.1, 2.2, 0.05, 0.1],
  '13': [98.6, 0.9, 0.4, 0, 0.1, 0, 0],
  '14': [87.5, 9.5, 1.3, 0.1, 1.6, 0.1, 0],
  '15': [95.4, 3, 0.6, 0.05, 0.9, 0.05, 0],
  '16': [97.2, 1.1, 0.6, 0.3, 0.8, 0, 0],
  '17': [97.5, 1.6, 0.4, 0.3, 0.2, 0, 0],
  '18': [95.3, 1.6, 1, 1.5, 0.5, 0, 0],
  '19': [89.5, 1.6, 0.9, 0.1, 6, 1.5, 0],
  '21': [79.5, 11.8, 2.5, 0.1, 5.5, 0.4, 0],
  '31': [83.9, 8.6, 3.9, 0.2, 3.3, 0.05, 0.05],
  '32': [97.3, 1.6, 0.6, 0.05, 0.4, 0.02, 0.03],
  '33': [97.4, 1.4, 1, 0.05, 0.1, 0, 0.05],
  '34': [92.3, 2.6, 4.9, 0.1, 0.1, 0, 0],
  '35': [97.2, 1.6, 0.6, 0.4, 0.2, 0, 0],
  '36': [94.8, 2.7, 1.1, 0.05, 1.3, 0.05, 0],
  '51': [10.4, 1.6, 0.9, 86.6, 0.5, 0, 0],
  '52': [96.8, 0.2, 0.1, 2.8, 0.2, 0, 0],
  '53': [9.6, 36.4, 53.6, 0.1, 0, 0, 0.3],
  '61': [60.2, 11.2, 22.9, 0.1, 5.4, 0.3, 0],
  '62': [74.6, 17.8, 2.9, 4.2, 0.2, 0, 0.3],
  '63': [97, 1.2, 0.5, 0.6, 0.6, 0, 0],
  '64': [88.6, 8.1, 2.7, 0.1, 0.4, 0, 0],
  '65': [72.1, 22.3, 5.1, 0.1, 0.4, 0, 0],
  '71': [31, 63.6, 4.4, 0.6, 0.3, 0, 0.1],
  '72': [78.8, 17.1, 0.5, 3.2, 0.1, 0, 0.1],
  '73': [92.5, 6, 1, 0.3, 0.2, 0, 0],
  '74': [95.1, 1.2, 0.4, 3.2, 0.1, 0, 0],
  '75': [98.3, 1.4, 0.2, 0.05, 0.05, 0, 0],
  '76': [83.1, 14.8, 0.9, 1.1, 0.1, 0, 0],
  '81': [51.5, 41.6, 6.6, 0.2, 0.1, 0, 0],
  '82': [77.6, 21.4, 0.9, 0.05, 0.05, 0, 0],
  '91': [18, 68, 13.5, 0.2, 0.2, 0, 0.1],
  '92': [39, 53, 7.5, 0.2, 0.2, 0, 0.1],
  '93': [29, 21, 49.5, 0.2, 0.2, 0, 0.1],
  '94': [7.6, 71, 21, 0.1, 0.1, 0, 0.2],
  '95': [2.4, 88, 9.5, 0, 0, 0, 0.1],
  '96': [36, 58, 5.5, 0.2, 0.2, 0, 0.1],
};

/** Naming traditions (see names.ts). */
export type NameProfile =
  | 'javanese'
  | 'sundanese'
  | 'malay'
  | 'minang'
  | 'batak'
  | 'bugis'
  | 'balinese'
  | 'minahasa'
  | 'ntt'
  | 'maluku'
  | 'papuan'
  | 'chinese'
  | 'banjar'
  | 'dayak'
  | 'sasak';

/** Ethnic mix by province as naming traditions with weights (estimates). */
export const PROVINCE_NAMES: Readonly<Record<string, readonly (readonly [NameProfile, number])[]>> = {
  '11': [
    ['malay', 90],
    ['javanese', 10],
  ],
  '12': [
    ['batak', 55],
    ['malay', 15],
    ['javanese', 25],
    ['chinese', 5],
  ],
  '13': [
    ['minang', 90],
    ['batak', 5],
    ['javanese', 5],
  ],
  '14': [
    ['malay', 45],
    ['minang', 25],
    ['javanese', 25],
    ['batak', 5],
  ],
  '15': [
    ['malay', 60],
    ['javanese', 30],
    ['minang', 10],
  ],
  '16': [
    ['malay', 70],
    ['javanese', 30],
  ],
  '17': [
    ['malay', 70],
    ['javanese', 25],
    ['minang', 5],
  ],
  '18': [
    ['javanese', 60],
    ['malay', 25],
    ['sundanese', 15],
  ],
  '19': [
    ['malay', 75],
    ['chinese', 20],
    ['javanese', 5],
  ],
  '21': [
    ['malay', 40],
    ['javanese', 25],
    ['batak', 15],
    ['minang', 10],
    ['chinese', 10],
  ],
  '31': [
    ['javanese', 36],
    ['sundanese', 15],
    ['malay', 25],
    ['batak', 8],
    ['minang', 6],
    ['chinese', 10],
  ],
  '32': [
    ['sundanese', 80],
    ['javanese', 18],
    ['malay', 2],
  ],
  '33': [
    ['javanese', 98],
    ['sundanese', 2],
  ],
  '34': [
    ['javanese', 97],
    ['chinese', 3],
  ],
  '35': [
    ['javanese', 97],
    ['chinese', 3],
  ],
  '36': [
    ['sundanese', 60],
    ['javanese', 25],
    ['malay', 10],
    ['chinese', 5],
  ],
  '51': [
    ['balinese', 87],
    ['javanese', 11],
    ['chinese', 2],
  ],
  '52': [
    ['sasak', 85],
    ['bugis', 10],
    ['balinese', 5],
  ],
  '53': [
    ['ntt', 95],
    ['bugis', 5],
  ],
  '61': [
    ['malay', 40],
    ['dayak', 35],
    ['chinese', 15],
    ['javanese', 10],
  ],
  '62': [
    ['dayak', 50],
    ['banjar', 25],
    ['javanese', 25],
  ],
  '63': [
    ['banjar', 80],
    ['javanese', 15],
    ['dayak', 5],
  ],
  '64': [
    ['javanese', 35],
    ['bugis', 25],
    ['banjar', 20],
    ['dayak', 15],
    ['chinese', 5],
  ],
  '65': [
    ['dayak', 35],
    ['bugis', 30],
    ['javanese', 25],
    ['banjar', 10],
  ],
  '71': [
    ['minahasa', 80],
    ['bugis', 10],
    ['chinese', 5],
    ['javanese', 5],
  ],
  '72': [
    ['bugis', 70],
    ['minahasa', 15],
    ['javanese', 15],
  ],
  '73': [
    ['bugis', 95],
    ['javanese', 3],
    ['chinese', 2],
  ],
  '74': [
    ['bugis', 85],
    ['javanese', 15],
  ],
  '75': [
    ['bugis', 95],
    ['minahasa', 5],
  ],
  '76': [
    ['bugis', 95],
    ['javanese', 5],
  ],
  '81': [
    ['maluku', 85],
    ['bugis', 10],
    ['javanese', 5],
  ],
  '82': [
    ['maluku', 85],
    ['bugis', 10],
    ['javanese', 5],
  ],
  '91': [
    ['papuan', 70],
    ['javanese', 15],
    ['bugis', 10],
    ['maluku', 5],
  ],
  '92': [
    ['papuan', 60],
    ['javanese', 20],
    ['bugis', 10],
    ['maluku', 10],
  ],
  '93': [
    ['papuan', 65],
    ['javanese', 20],
    ['bugis', 10],
    ['maluku', 5],
  ],
  '94': [
    ['papuan', 85],
    ['bugis', 10],
    ['javanese', 5],
  ],
  '95': [
    ['papuan', 95],
    ['bugis', 5],
  ],
  '96': [
    ['papuan', 60],
    ['javanese', 15],
    ['bugis', 10],
    ['maluku', 15],
  ],
};

/**
 * Occupations of adults (Dukcapil "jenis pekerjaan" labels), weights for men and women (estimates). The labels
 * are matched by seeds/agencies/occupation.ts: rename them together.
 */
export const ADULT_OCCUPATIONS: readonly (readonly [string, number, number])[] = [
  ['Karyawan Swasta', 22, 14],
  ['Wiraswasta', 20, 10],
  ['Petani/Pekebun', 16, 6],
  ['Buruh Harian Lepas', 9, 3],
  ['Mengurus Rumah Tangga', 0.5, 48],
  ['Pedagang', 4, 5],
  ['Nelayan/Perikanan', 3, 0.2],
  ['Sopir', 3, 0.1],
  ['Buruh Tani/Perkebunan', 4, 2],
  ['Pegawai Negeri Sipil', 3, 3],
  ['Guru', 1.2, 2.5],
  ['Tentara Nasional Indonesia', 0.8, 0.05],
  ['Kepolisian RI', 0.8, 0.1],
  ['Karyawan BUMN', 0.8, 0.4],
  ['Pelajar/Mahasiswa', 3, 3],
  ['Belum/Tidak Bekerja', 5, 4],
];

/**
 * Health workers: about 1% of adults (1.97 million registered), split as the registered workforce is
 * (DOMAIN.md, thousands; the split by sex is an estimate). Drawn only at working age, hence the higher rate.
 */
export const HEALTH_WORKER_SHARE_OF_WORKING_AGE = 0.013;
export const HEALTH_OCCUPATIONS: readonly (readonly [string, number, number])[] = [
  ['Perawat', 694 * 0.35, 694 * 0.65],
  ['Bidan', 0, 489],
  ['Dokter', 249 * 0.45, 249 * 0.55],
  ['Apoteker', 87 * 0.25, 87 * 0.75],
  ['Analis Kesehatan', 80 * 0.4, 80 * 0.6],
  ['Dokter Gigi', 54 * 0.3, 54 * 0.7],
  ['Ahli Gizi', 54 * 0.15, 54 * 0.85],
];

export type Education =
  'TIDAK_SEKOLAH' | 'BELUM_TAMAT_SD' | 'SD' | 'SMP' | 'SMA' | 'D1_D2' | 'D3' | 'S1_D4' | 'S2' | 'S3';
export const EDUCATION_ORDER: readonly Education[] = [
  'TIDAK_SEKOLAH',
  'BELUM_TAMAT_SD',
  'SD',
  'SMP',
  'SMA',
  'D1_D2',
  'D3',
  'S1_D4',
  'S2',
  'S3',
];

/** Highest education of adults by age group: younger adults are better educated (estimates from BPS). */
export const ADULT_EDUCATION: Readonly<Record<'young' | 'middle' | 'old', readonly (readonly [Education, number])[]>> =
  {
    young: [
      ['TIDAK_SEKOLAH', 1],
      ['BELUM_TAMAT_SD', 3],
      ['SD', 14],
      ['SMP', 20],
      ['SMA', 44],
      ['D1_D2', 2],
      ['D3', 4],
      ['S1_D4', 11],
      ['S2', 1],
    ],
    middle: [
      ['TIDAK_SEKOLAH', 3],
      ['BELUM_TAMAT_SD', 8],
      ['SD', 30],
      ['SMP', 18],
      ['SMA', 28],
      ['D1_D2', 2],
      ['D3', 3],
      ['S1_D4', 7],
      ['S2', 0.8],
      ['S3', 0.1],
    ],
    old: [
      ['TIDAK_SEKOLAH', 15],
      ['BELUM_TAMAT_SD', 20],
      ['SD', 35],
      ['SMP', 10],
      ['SMA', 13],
      ['D3', 2],
      ['S1_D4', 4],
      ['S2', 0.5],
      ['S3', 0.1],
    ],
  };

/** The least education an occupation needs. */
export const OCCUPATION_EDUCATION: Readonly<Record<string, Education>> = {
  'Pegawai Negeri Sipil': 'SMA',
  Guru: 'S1_D4',
  Perawat: 'D3',
  Bidan: 'D3',
  Dokter: 'S1_D4',
  Apoteker: 'S1_D4',
  'Analis Kesehatan': 'D3',
  'Dokter Gigi': 'S1_D4',
  'Ahli Gizi': 'D3',
  'Karyawan BUMN': 'SMA',
  'Tentara Nasional Indonesia': 'SMA',
  'Kepolisian RI': 'SMA',
};

/** Provinces where poorer, larger families are more common (poor households average 4.71 people; estimate). */
export const LARGER_FAMILY_PROVINCES: ReadonlySet<string> = new Set([
  '53',
  '52',
  '91',
  '93',
  '94',
  '95',
  '96',
  '81',
  '82',
  '11',
]);
