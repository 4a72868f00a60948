/**
 * The DTSEN delivery as BPS/Kemensos hand it over: two CSV files (UTF-8, RFC 4180, a header line, one record
 * per line) in one directory. Header names are DTSEN-style Indonesian snake_case and are a stable contract:
 * the exporter writes them in this order, the importer finds columns by name (order and extra columns do not
 * matter). Categorical answers use the hub's code lists (the regsosek enums); the village is BPS-coded only.
 *
 * households.csv, one line per household:
 *   id_rumah_tangga      DTSEN household id (up to 20 letters or digits)
 *   no_kk                family card (KK) the household was registered from, 16 digits
 *   kode_desa_bps        BPS village code, 10 digits (not the Kemendagri code: the hub maps it)
 *   perkotaan            1 = urban (perkotaan), 0 = rural (perdesaan)
 *   desil_kesejahteraan  welfare decile from the proxy-means test, 1 (poorest) to 10
 *   luas_lantai_m2       floor area in square metres, a whole number
 *   jenis_lantai         floor material          (FloorMaterial)
 *   jenis_dinding        wall material           (WallMaterial)
 *   jenis_atap           roof material           (RoofMaterial)
 *   sumber_air_minum     drinking-water source   (WaterSource)
 *   fasilitas_bab        sanitation              (Sanitation)
 *   sumber_penerangan    source of lighting      (Electricity)
 *   daya_listrik_va      metered PLN power in VA; empty when not metered
 *   aset                 assets owned, `;`-separated (Asset); empty when none
 *   tanggal_pendataan    date of the survey visit, YYYY-MM-DD
 *
 * members.csv, one line per person:
 *   nik                  NIK, 16 digits
 *   id_rumah_tangga      the household the person lives in (a line of households.csv, or one imported before)
 *   jenjang_pendidikan   highest school level completed (SchoolLevel)
 *   status_pekerjaan     employment status (EmploymentStatus)
 *   lapangan_usaha       sector of work (EmploymentSector)
 *   disabilitas          disability (Disability)
 */
export const HOUSEHOLD_HEADER = [
  'id_rumah_tangga',
  'no_kk',
  'kode_desa_bps',
  'perkotaan',
  'desil_kesejahteraan',
  'luas_lantai_m2',
  'jenis_lantai',
  'jenis_dinding',
  'jenis_atap',
  'sumber_air_minum',
  'fasilitas_bab',
  'sumber_penerangan',
  'daya_listrik_va',
  'aset',
  'tanggal_pendataan',
] as const;

export const MEMBER_HEADER = [
  'nik',
  'id_rumah_tangga',
  'jenjang_pendidikan',
  'status_pekerjaan',
  'lapangan_usaha',
  'disabilitas',
] as const;

export type HouseholdField = (typeof HOUSEHOLD_HEADER)[number];
export type MemberField = (typeof MEMBER_HEADER)[number];

/** The two files of a delivery, in the order they are read: households first, since members refer to them. */
export const FILES = { households: 'households.csv', members: 'members.csv' } as const;
export type DtsenFile = keyof typeof FILES;

/** The `aset` list separator (the field is one CSV field, so not a comma). */
export const ASSET_SEPARATOR = ';';
