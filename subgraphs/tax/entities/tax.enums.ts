import { registerEnumType } from 'type-graphql';
import { TAXPAYER_STATUS_ENUM } from '../../../schema/shared-enums';

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

registerEnumType(TaxpayerStatus, TAXPAYER_STATUS_ENUM);
registerEnumType(MatchingStatus, {
  name: 'MatchingStatus',
  description: 'NIK-NPWP matching (pemadanan) with the population register.',
  valuesConfig: {
    VALID: { description: 'The NIK is matched with the NPWP and valid as a tax identifier.' },
    NOT_YET_VALID: { description: 'The NIK is not yet matched with the NPWP.' },
  },
});
registerEnumType(SptForm, {
  name: 'SptForm',
  description: 'Annual return form: F1770, F1770S or F1770SS.',
  valuesConfig: {
    F1770: { description: 'SPT 1770: individuals with business or professional income.' },
    F1770S: { description: 'SPT 1770 S: employees and others without business income.' },
    F1770SS: { description: 'SPT 1770 SS: employees with one employer and simple income.' },
  },
});
registerEnumType(FilingStatus, {
  name: 'FilingStatus',
  description: 'Whether the annual return for a tax year was filed, and on time.',
  valuesConfig: {
    FILED: { description: 'Filed by the deadline.' },
    LATE: { description: 'Filed after the deadline.' },
    NOT_FILED: { description: 'Not filed.' },
  },
});
registerEnumType(ComplianceStatus, {
  name: 'ComplianceStatus',
  description: 'Outcome of a taxpayer status confirmation (KSWP).',
  valuesConfig: {
    VALID: {
      description: 'Registered, active, NIK matched, and the returns of the last two due tax years filed.',
    },
    INVALID: { description: 'At least one of the conditions fails: see the reasons.' },
  },
});
