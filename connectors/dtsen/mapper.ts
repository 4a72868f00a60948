import { checkKk, checkNik } from '../../schema/scalars/identity-number';
import {
  Asset,
  Disability,
  Electricity,
  EmploymentSector,
  EmploymentStatus,
  FloorMaterial,
  RoofMaterial,
  Sanitation,
  SchoolLevel,
  WallMaterial,
  WaterSource,
} from '../../subgraphs/regsosek/entities/regsosek.enums';
import { bad, type Mapped, type Reference, type SourceRecord } from '../core/connector';
import type { CsvRow } from '../core/files';
import type { RowsRecord } from '../core/upsert';
import { BadField, identity, matching, oneOf, optional, pastDate, wholeNumber, type Row } from './fields';
import { ASSET_SEPARATOR, type DtsenFile } from './format';
import { HOUSEHOLD, MEMBER } from './tables';

/** One line of a DTSEN file as the source reads it. */
export interface DtsenLine {
  file: DtsenFile;
  row: CsvRow;
}

const codes = (values: Record<string, string>) => Object.values(values);
const FLOOR = codes(FloorMaterial);
const WALL = codes(WallMaterial);
const ROOF = codes(RoofMaterial);
const WATER = codes(WaterSource);
const SANITATION = codes(Sanitation);
const ELECTRICITY = codes(Electricity);
const ASSETS = codes(Asset);
const SCHOOL = codes(SchoolLevel);
const EMPLOYMENT_STATUS = codes(EmploymentStatus);
const EMPLOYMENT_SECTOR = codes(EmploymentSector);
const DISABILITY = codes(Disability);

/** regsosek.household.id is varchar(20); DTSEN ids are letters and digits. */
const HOUSEHOLD_ID = /^[A-Za-z0-9]{1,20}$/;
const householdId = (row: Row) => matching(row, 'id_rumah_tangga', HOUSEHOLD_ID, '1 to 20 letters or digits');

const householdKey = (id: string) => `household:${id}`;

export const BPS_VILLAGE_UNKNOWN = 'BPS village code (kode_desa_bps) has no Kemendagri match in the crosswalk';
export const HOUSEHOLD_UNKNOWN = 'household (id_rumah_tangga) not in the DTSEN households';
export const NIK_UNKNOWN = 'NIK not in the population register';

/** Validates and maps one line of either file; pure. */
export function mapDtsen(record: SourceRecord): Mapped {
  const line = record.value as DtsenLine;
  if (!line.row.ok) return bad(`not a ${line.file} line: ${line.row.reason}`);
  try {
    return line.file === 'households' ? mapHousehold(line.row.row) : mapMember(line.row.row);
  } catch (error) {
    if (error instanceof BadField) return bad(error.reason);
    throw error;
  }
}

/**
 * A household line. Its Kemendagri village is left empty here: `write` looks it up in the crosswalk for the
 * whole batch; the crosswalk must hold the BPS code, or the record is quarantined.
 */
function mapHousehold(row: Row): Mapped {
  const id = householdId(row);
  const bps = matching(row, 'kode_desa_bps', /^[0-9]{10}$/, '10 digits');
  const values: Record<string, string | null> = {
    id,
    kk: identity(row, 'no_kk', checkKk),
    village_code: null,
    bps_village_code: bps,
    urban: oneOf(row, 'perkotaan', ['1', '0']) === '1' ? 'true' : 'false',
    welfare_decile: wholeNumber(row, 'desil_kesejahteraan', 1, 10),
    floor_area_m2: wholeNumber(row, 'luas_lantai_m2', 1, 32_767),
    floor_material: oneOf(row, 'jenis_lantai', FLOOR),
    wall_material: oneOf(row, 'jenis_dinding', WALL),
    roof_material: oneOf(row, 'jenis_atap', ROOF),
    drinking_water: oneOf(row, 'sumber_air_minum', WATER),
    sanitation: oneOf(row, 'fasilitas_bab', SANITATION),
    electricity: oneOf(row, 'sumber_penerangan', ELECTRICITY),
    electricity_va:
      optional(row, 'daya_listrik_va') === '' ? null : wholeNumber(row, 'daya_listrik_va', 1, 2_147_483_647),
    assets: `{${assets(row).join(',')}}`,
    surveyed_on: pastDate(row, 'tanggal_pendataan'),
  };
  const data: RowsRecord = {
    tables: [{ table: HOUSEHOLD, rows: [HOUSEHOLD.columns.map((column) => values[column])] }],
  };
  const references: Reference[] = [
    { table: 'connectors.bps_village', column: 'bps_code', value: bps, reason: BPS_VILLAGE_UNKNOWN },
  ];
  return { kind: 'ok', key: householdKey(id), references, data };
}

function assets(row: Row): string[] {
  const text = optional(row, 'aset');
  if (text === '') return [];
  const list = text.split(ASSET_SEPARATOR).map((asset) => asset.trim());
  if (list.some((asset) => !ASSETS.includes(asset))) throw new BadField(`aset must list only ${ASSETS.join(', ')}`);
  if (new Set(list).size !== list.length) throw new BadField('aset lists an asset twice');
  return list;
}

/** A member line: the person must be in the population register and their household in DTSEN. */
function mapMember(row: Row): Mapped {
  const nik = identity(row, 'nik', checkNik);
  const household = householdId(row);
  const values: Record<string, string> = {
    nik,
    household_id: household,
    school_level: oneOf(row, 'jenjang_pendidikan', SCHOOL),
    employment_status: oneOf(row, 'status_pekerjaan', EMPLOYMENT_STATUS),
    employment_sector: oneOf(row, 'lapangan_usaha', EMPLOYMENT_SECTOR),
    disability: oneOf(row, 'disabilitas', DISABILITY),
  };
  const data: RowsRecord = { tables: [{ table: MEMBER, rows: [MEMBER.columns.map((column) => values[column])] }] };
  const references: Reference[] = [
    { table: 'population.citizen', column: 'nik', value: nik, reason: NIK_UNKNOWN },
    { table: 'regsosek.household', column: 'id', value: household, reason: HOUSEHOLD_UNKNOWN },
  ];
  return { kind: 'ok', key: `member:${nik}`, people: [nik], references, data };
}
