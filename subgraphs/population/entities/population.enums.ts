import { registerEnumType } from 'type-graphql';
import { SEX_ENUM } from '../../../schema/shared-enums';

/** Jenis kelamin as recorded by Dukcapil. */
export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** Agama: the six recognised religions and Kepercayaan terhadap Tuhan YME. */
export enum Religion {
  ISLAM = 'ISLAM',
  KRISTEN = 'KRISTEN',
  KATOLIK = 'KATOLIK',
  HINDU = 'HINDU',
  BUDDHA = 'BUDDHA',
  KONGHUCU = 'KONGHUCU',
  KEPERCAYAAN = 'KEPERCAYAAN',
}

/** Status perkawinan. */
export enum MaritalStatus {
  BELUM_KAWIN = 'BELUM_KAWIN',
  KAWIN = 'KAWIN',
  CERAI_HIDUP = 'CERAI_HIDUP',
  CERAI_MATI = 'CERAI_MATI',
}

/** Pendidikan terakhir, in Dukcapil's categories. */
export enum Education {
  TIDAK_SEKOLAH = 'TIDAK_SEKOLAH',
  BELUM_TAMAT_SD = 'BELUM_TAMAT_SD',
  SD = 'SD',
  SMP = 'SMP',
  SMA = 'SMA',
  D1_D2 = 'D1_D2',
  D3 = 'D3',
  S1_D4 = 'S1_D4',
  S2 = 'S2',
  S3 = 'S3',
}

/** Kewarganegaraan. */
export enum Citizenship {
  WNI = 'WNI',
  WNA = 'WNA',
}

/** Status hubungan dalam keluarga (SHDK): the member's relationship to the head of the family card. */
export enum FamilyRelationship {
  HEAD = 'HEAD',
  HUSBAND = 'HUSBAND',
  WIFE = 'WIFE',
  CHILD = 'CHILD',
  CHILD_IN_LAW = 'CHILD_IN_LAW',
  GRANDCHILD = 'GRANDCHILD',
  PARENT = 'PARENT',
  PARENT_IN_LAW = 'PARENT_IN_LAW',
  OTHER_RELATIVE = 'OTHER_RELATIVE',
  HOUSEHOLD_HELPER = 'HOUSEHOLD_HELPER',
  OTHER = 'OTHER',
}

registerEnumType(Sex, SEX_ENUM);
registerEnumType(Religion, {
  name: 'Religion',
  description: 'Religion (agama) as recorded by Dukcapil: the six recognised religions and Kepercayaan.',
  valuesConfig: {
    ISLAM: { description: 'Islam.' },
    KRISTEN: { description: 'Kristen (Protestant Christianity).' },
    KATOLIK: { description: 'Katolik (Catholicism).' },
    HINDU: { description: 'Hindu.' },
    BUDDHA: { description: 'Buddha (Buddhism).' },
    KONGHUCU: { description: 'Konghucu (Confucianism).' },
    KEPERCAYAAN: {
      description: 'Kepercayaan terhadap Tuhan YME (an indigenous belief, not one of the six religions).',
    },
  },
});
registerEnumType(MaritalStatus, {
  name: 'MaritalStatus',
  description: 'Marital status (status perkawinan) as recorded by Dukcapil.',
  valuesConfig: {
    BELUM_KAWIN: { description: 'Belum kawin: never married.' },
    KAWIN: { description: 'Kawin: married.' },
    CERAI_HIDUP: { description: 'Cerai hidup: divorced.' },
    CERAI_MATI: { description: 'Cerai mati: widowed.' },
  },
});
registerEnumType(Education, {
  name: 'Education',
  description: 'Highest education completed (Dukcapil categories).',
  valuesConfig: {
    TIDAK_SEKOLAH: { description: 'Tidak/belum sekolah: never attended school.' },
    BELUM_TAMAT_SD: { description: 'Belum tamat SD: left primary school without completing it.' },
    SD: { description: 'Sekolah Dasar (primary school, 6 years) or equivalent.' },
    SMP: { description: 'Sekolah Menengah Pertama (junior high school) or equivalent.' },
    SMA: { description: 'Sekolah Menengah Atas (senior high school) or equivalent, including SMK.' },
    D1_D2: { description: 'Diploma I or II (one- or two-year vocational diploma).' },
    D3: { description: 'Diploma III (three-year vocational diploma, Ahli Madya).' },
    S1_D4: { description: "Strata 1 (bachelor's degree) or Diploma IV (applied bachelor's)." },
    S2: { description: "Strata 2 (master's degree)." },
    S3: { description: 'Strata 3 (doctorate).' },
  },
});
registerEnumType(Citizenship, {
  name: 'Citizenship',
  description: 'Citizenship (kewarganegaraan) as recorded by Dukcapil.',
  valuesConfig: {
    WNI: { description: 'Warga Negara Indonesia: Indonesian citizen.' },
    WNA: { description: 'Warga Negara Asing: foreign national with a residence registration.' },
  },
});
registerEnumType(FamilyRelationship, {
  name: 'FamilyRelationship',
  description: 'Relationship to the head of the family card (SHDK).',
  valuesConfig: {
    HEAD: { description: 'Kepala keluarga: the head of the family card.' },
    HUSBAND: { description: 'Suami: husband of the head.' },
    WIFE: { description: 'Istri: wife of the head.' },
    CHILD: { description: 'Anak: child of the head.' },
    CHILD_IN_LAW: { description: "Menantu: the spouse of the head's child." },
    GRANDCHILD: { description: 'Cucu: grandchild of the head.' },
    PARENT: { description: 'Orang tua: parent of the head.' },
    PARENT_IN_LAW: { description: 'Mertua: parent-in-law of the head.' },
    OTHER_RELATIVE: { description: 'Famili lain: another relative of the head.' },
    HOUSEHOLD_HELPER: { description: 'Pembantu: a domestic helper living in the household.' },
    OTHER: { description: 'Lainnya: any other relationship.' },
  },
});
