import { registerEnumType } from 'type-graphql';

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

registerEnumType(Sex, { name: 'Sex' });
registerEnumType(Religion, { name: 'Religion' });
registerEnumType(MaritalStatus, { name: 'MaritalStatus' });
registerEnumType(Education, { name: 'Education', description: 'Highest education completed (Dukcapil categories).' });
registerEnumType(Citizenship, { name: 'Citizenship' });
registerEnumType(FamilyRelationship, {
  name: 'FamilyRelationship',
  description: 'Relationship to the head of the family card (SHDK).',
});
