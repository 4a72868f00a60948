import type { TableSpec } from '../core/upsert';

/**
 * A taxpayer: the record's own row, with provenance. Written by NIK (unique), so a taxpayer whose NPWP changed
 * (the legacy 15-digit number replaced by the NIK, PMK 112/2022) is updated, not refused.
 */
export const TAXPAYER: TableSpec = {
  name: 'tax.taxpayer',
  key: 'nik',
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
