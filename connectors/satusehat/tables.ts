import type { TableSpec } from '../core/upsert';

/**
 * The tables a SATUSEHAT bundle fills, parents before children. Columns are in the order the seed's rows
 * have them (seeds/agencies/health.ts, licensing.ts), so a mapped row and a seeded row compare directly.
 */
export const PATIENT: TableSpec = {
  name: 'health.patient',
  key: 'nik',
  columns: ['nik', 'ihs_number'],
  provenance: true,
};

/** One membership per person, keyed by NIK: a replacement card (a new card number) updates it. */
export const MEMBERSHIP: TableSpec = {
  name: 'health.membership',
  key: 'nik',
  columns: [
    'card_number',
    'nik',
    'segment',
    'care_class',
    'status',
    'status_reason',
    'facility_code',
    'coverage_start',
    'coverage_end',
  ],
  provenance: true,
};

/** One STR per person, keyed by NIK: a re-issued STR (a new number) updates it. */
export const STR: TableSpec = {
  name: 'licensing.str',
  key: 'nik',
  columns: ['number', 'nik', 'profession', 'issued_on', 'valid_until'],
  provenance: true,
};

/** A person's SIPs are one set: a Practitioner that no longer lists a SIP has had it withdrawn. */
export const SIP: TableSpec = {
  name: 'licensing.sip',
  key: 'number',
  columns: ['number', 'nik', 'str_number', 'practice_location', 'regency_code', 'issued_on', 'valid_until'],
  provenance: true,
  parent: 'nik',
};

export const TABLES: readonly TableSpec[] = [PATIENT, MEMBERSHIP, STR, SIP];
