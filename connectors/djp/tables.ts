import type { TableSpec } from '../core/upsert';

/** A taxpayer by NPWP: the record's own row, with provenance. */
export const TAXPAYER: TableSpec = {
  name: 'tax.taxpayer',
  key: 'npwp',
  columns: ['npwp', 'nik', 'status', 'matching_status', 'tax_office_code', 'registered_on'],
  provenance: true,
};

/** The annual returns of a taxpayer, keyed `<npwp>-<year>`: a record lists them all, so one withdrawn is deleted. */
export const FILING: TableSpec = {
  name: 'tax.filing',
  key: 'id',
  columns: ['id', 'npwp', 'year', 'form', 'status', 'filed_on'],
  provenance: false,
  parent: 'npwp',
};

/** Parents before children, as `upsertInto` writes them. */
export const DJP_TABLES = [TAXPAYER, FILING] as const;
