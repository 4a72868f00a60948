import type { TableSpec } from '../core/upsert';

/**
 * The DTSEN tables a delivery writes. A member is a record of its own, keyed by NIK (not a child set of its
 * household): a person who moves to another household is an update of their row.
 */
export const HOUSEHOLD: TableSpec = {
  name: 'regsosek.household',
  key: 'id',
  columns: [
    'id',
    'kk',
    'village_code',
    'bps_village_code',
    'urban',
    'welfare_decile',
    'floor_area_m2',
    'floor_material',
    'wall_material',
    'roof_material',
    'drinking_water',
    'sanitation',
    'electricity',
    'electricity_va',
    'assets',
    'surveyed_on',
  ],
  provenance: true,
};

export const MEMBER: TableSpec = {
  name: 'regsosek.household_member',
  key: 'nik',
  columns: ['nik', 'household_id', 'school_level', 'employment_status', 'employment_sector', 'disability'],
  provenance: true,
};

/** Households before members: a member's row points to its household's. */
export const TABLES: readonly TableSpec[] = [HOUSEHOLD, MEMBER];
