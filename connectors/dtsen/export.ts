import { join } from 'node:path';
import { csvLine } from '../../hub/csv';
import { column, ExportFile, type ExportBatch, type SourceExporter } from '../core/exporter';
import type { TableRows } from '../../seeds/agencies/table-rows';
import {
  ASSET_SEPARATOR,
  FILES,
  HOUSEHOLD_HEADER,
  MEMBER_HEADER,
  type HouseholdField,
  type MemberField,
} from './format';

const EOL = '\r\n';

/** `{A,B}` (a text[] as the seed writes it) as the `aset` field: `A;B`. */
const assetList = (array: string | null) =>
  (array ?? '{}')
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean)
    .join(ASSET_SEPARATOR);

/** Each households.csv field from a regsosek.household row; the Kemendagri village code is not in DTSEN. */
const HOUSEHOLD_FIELDS: Readonly<Record<HouseholdField, (value: (name: string) => string | null) => string | null>> = {
  id_rumah_tangga: (v) => v('id'),
  no_kk: (v) => v('kk'),
  kode_desa_bps: (v) => v('bps_village_code'),
  perkotaan: (v) => (v('urban') === 'true' ? '1' : '0'),
  desil_kesejahteraan: (v) => v('welfare_decile'),
  luas_lantai_m2: (v) => v('floor_area_m2'),
  jenis_lantai: (v) => v('floor_material'),
  jenis_dinding: (v) => v('wall_material'),
  jenis_atap: (v) => v('roof_material'),
  sumber_air_minum: (v) => v('drinking_water'),
  fasilitas_bab: (v) => v('sanitation'),
  sumber_penerangan: (v) => v('electricity'),
  daya_listrik_va: (v) => v('electricity_va'),
  aset: (v) => assetList(v('assets')),
  tanggal_pendataan: (v) => v('surveyed_on'),
};

const MEMBER_FIELDS: Readonly<Record<MemberField, string>> = {
  nik: 'nik',
  id_rumah_tangga: 'household_id',
  jenjang_pendidikan: 'school_level',
  status_pekerjaan: 'employment_status',
  lapangan_usaha: 'employment_sector',
  disabilitas: 'disability',
};

function table(batch: ExportBatch, name: string): TableRows {
  const rows = batch.tables.get(name);
  if (!rows) throw new Error(`The batch has no ${name} rows`);
  return rows;
}

/**
 * Writes the generated DTSEN households and members as BPS/Kemensos deliver them:
 * `<dir>/dtsen/{households,members}.csv`.
 */
export async function dtsenExporter(dir: string): Promise<SourceExporter> {
  const households = await ExportFile.create(join(dir, 'dtsen', FILES.households));
  const members = await ExportFile.create(join(dir, 'dtsen', FILES.members));
  await households.write(csvLine(HOUSEHOLD_HEADER) + EOL);
  await members.write(csvLine(MEMBER_HEADER) + EOL);
  let records = 0;
  return {
    async write(batch) {
      const household = table(batch, 'regsosek.household');
      const member = table(batch, 'regsosek.household_member');
      await households.write(
        household.rows
          .map(
            (row) =>
              csvLine(
                HOUSEHOLD_HEADER.map((field) => HOUSEHOLD_FIELDS[field]((name) => column(household, row, name))),
              ) + EOL,
          )
          .join(''),
      );
      await members.write(
        member.rows
          .map((row) => csvLine(MEMBER_HEADER.map((field) => column(member, row, MEMBER_FIELDS[field]))) + EOL)
          .join(''),
      );
      records += household.rows.length + member.rows.length;
    },
    async close() {
      await households.close();
      await members.close();
      return { files: [households.path, members.path], records };
    },
  };
}
