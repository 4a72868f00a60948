import { registerEnumType } from 'type-graphql';

/** Registration status: NE (non-effective) taxpayers need not file while their income is below the threshold. */
export enum TaxpayerStatus {
  ACTIVE = 'ACTIVE',
  NON_EFFECTIVE = 'NON_EFFECTIVE',
  DELETED = 'DELETED',
}
/** NIK-NPWP matching (pemadanan) with Dukcapil. */
export enum MatchingStatus {
  VALID = 'VALID',
  NOT_YET_VALID = 'NOT_YET_VALID',
}
/** Annual individual return forms: 1770 (business income), 1770 S (employees, other), 1770 SS (simple). */
export enum SptForm {
  F1770 = 'F1770',
  F1770S = 'F1770S',
  F1770SS = 'F1770SS',
}
export enum FilingStatus {
  FILED = 'FILED',
  LATE = 'LATE',
  NOT_FILED = 'NOT_FILED',
}
export enum ComplianceStatus {
  VALID = 'VALID',
  INVALID = 'INVALID',
}

registerEnumType(TaxpayerStatus, { name: 'TaxpayerStatus' });
registerEnumType(MatchingStatus, {
  name: 'MatchingStatus',
  description: 'NIK-NPWP matching (pemadanan) with the population register.',
});
registerEnumType(SptForm, { name: 'SptForm', description: 'Annual return form: F1770, F1770S or F1770SS.' });
registerEnumType(FilingStatus, { name: 'FilingStatus' });
registerEnumType(ComplianceStatus, { name: 'ComplianceStatus' });
