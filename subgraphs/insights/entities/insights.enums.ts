import { registerEnumType } from 'type-graphql';

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

registerEnumType(Dimension, { name: 'Dimension', description: 'A fixed dimension of cohort tables.' });
registerEnumType(AgeBand, { name: 'AgeBand', description: "Age at the projection's as-of date, in fixed bands." });
registerEnumType(CohortUnit, { name: 'CohortUnit' });
registerEnumType(CohortProgramme, { name: 'CohortProgramme' });
registerEnumType(LicenceHeld, { name: 'LicenceHeld' });
registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description:
    'SMALL_CELL: under the minimum cell size; SECONDARY: withheld ' +
    'so that a small cell cannot be worked out from a total.',
});
registerEnumType(Sex, { name: 'Sex' });
registerEnumType(BpjsSegment, { name: 'BpjsSegment' });
registerEnumType(TaxpayerStatus, { name: 'TaxpayerStatus' });
