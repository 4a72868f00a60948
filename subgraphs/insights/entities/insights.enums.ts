import { registerEnumType } from 'type-graphql';
import { BPJS_SEGMENT_ENUM, SEX_ENUM, TAXPAYER_STATUS_ENUM } from '../../../schema/shared-enums';

/** What a cohort table can be grouped by: fixed dimensions, never free-form bins. */
export enum Dimension {
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
  SEX = 'SEX',
  AGE_BAND = 'AGE_BAND',
  DECILE = 'DECILE',
  BPJS_SEGMENT = 'BPJS_SEGMENT',
}
export enum AgeBand {
  A0_14 = 'A0_14',
  A15_24 = 'A15_24',
  A25_34 = 'A25_34',
  A35_44 = 'A35_44',
  A45_54 = 'A45_54',
  A55_64 = 'A55_64',
  A65_PLUS = 'A65_PLUS',
}
/** People, or households (counted once, by their head's age, sex and cover). */
export enum CohortUnit {
  PERSON = 'PERSON',
  HOUSEHOLD = 'HOUSEHOLD',
}
export enum CohortProgramme {
  PKH = 'PKH',
  BPNT = 'BPNT',
  PBI_JK = 'PBI_JK',
}
export enum LicenceHeld {
  STR = 'STR',
  SIP = 'SIP',
  NIB = 'NIB',
}
export enum SuppressionReason {
  SMALL_CELL = 'SMALL_CELL',
  SECONDARY = 'SECONDARY',
}
// The same enums as the population, health and tax subgraphs declare (composition merges them).
export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
export enum BpjsSegment {
  PBI_APBN = 'PBI_APBN',
  PBI_APBD = 'PBI_APBD',
  PPU = 'PPU',
  PBPU = 'PBPU',
  BP = 'BP',
}
export enum TaxpayerStatus {
  ACTIVE = 'ACTIVE',
  NON_EFFECTIVE = 'NON_EFFECTIVE',
  DELETED = 'DELETED',
}

registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'A fixed dimension of cohort tables.',
  valuesConfig: {
    PROVINCE: { description: 'Province, by Kemendagri code (PP).' },
    REGENCY: { description: 'Regency or city, by Kemendagri code (PP.RR).' },
    SEX: { description: 'Sex: MALE or FEMALE.' },
    AGE_BAND: { description: 'Age band (AgeBand).' },
    DECILE: { description: 'DTSEN welfare decile, 1 (poorest) to 10.' },
    BPJS_SEGMENT: { description: 'JKN membership segment (BpjsSegment).' },
  },
});
registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: "Age at the projection's as-of date, in fixed bands.",
  valuesConfig: {
    A0_14: { description: 'Aged 0 to 14.' },
    A15_24: { description: 'Aged 15 to 24.' },
    A25_34: { description: 'Aged 25 to 34.' },
    A35_44: { description: 'Aged 35 to 44.' },
    A45_54: { description: 'Aged 45 to 54.' },
    A55_64: { description: 'Aged 55 to 64.' },
    A65_PLUS: { description: 'Aged 65 or over.' },
  },
});
registerEnumType(CohortUnit, {
  name: 'CohortUnit',
  description: 'What a cohort table counts.',
  valuesConfig: {
    PERSON: { description: 'People.' },
    HOUSEHOLD: { description: "DTSEN households, each counted once by its head's values." },
  },
});
registerEnumType(CohortProgramme, {
  name: 'CohortProgramme',
  description: 'A social-assistance programme whose eligibility DTSEN decides.',
  valuesConfig: {
    PKH: { description: 'Program Keluarga Harapan (conditional cash transfer).' },
    BPNT: { description: 'Bantuan Pangan Non Tunai / Sembako (food assistance).' },
    PBI_JK: { description: 'Penerima Bantuan Iuran JKN: health-insurance premium paid by the state.' },
  },
});
registerEnumType(LicenceHeld, {
  name: 'LicenceHeld',
  description: 'A kind of licence a person may hold.',
  valuesConfig: {
    STR: { description: 'Surat Tanda Registrasi: a health-worker registration.' },
    SIP: { description: 'Surat Izin Praktik: a licence to practise.' },
    NIB: { description: 'Nomor Induk Berusaha: a business the person owns, registered in OSS.' },
  },
});
registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description:
    'SMALL_CELL: under the minimum cell size; SECONDARY: withheld ' +
    'so that a small cell cannot be worked out from a total.',
  valuesConfig: {
    SMALL_CELL: { description: 'Fewer people than the minimum cell size.' },
    SECONDARY: { description: 'Withheld so that a small cell cannot be worked out from a total.' },
  },
});
// Described as their own subgraphs describe them (schema/shared-enums.ts).
registerEnumType(Sex, SEX_ENUM);
registerEnumType(BpjsSegment, BPJS_SEGMENT_ENUM);
registerEnumType(TaxpayerStatus, TAXPAYER_STATUS_ENUM);
