import type { TableSpec } from '../core/upsert';

/** An OSS business by its NIB: the record's own row, with provenance. */
export const BUSINESS: TableSpec = {
  name: 'licensing.business',
  key: 'nib',
  columns: ['nib', 'owner_nik', 'name', 'issued_on'],
  provenance: true,
};

/** The KBLI activities of a business, keyed `<nib>-<kbli>`: a record lists them all, so one dropped is deleted. */
export const BUSINESS_ACTIVITY: TableSpec = {
  name: 'licensing.business_activity',
  key: 'id',
  columns: ['id', 'nib', 'kbli', 'kbli_version', 'description', 'risk_level'],
  provenance: false,
  parent: 'nib',
};

/** Parents before children, as `upsertInto` writes them (the activity's foreign key needs its business). */
export const OSS_TABLES = [BUSINESS, BUSINESS_ACTIVITY] as const;
