import type { PoolClient } from 'pg';
import type { Connector, MapContext, MappedRecord, Outcome } from '../core/connector';
import { upsertInto, type RowsRecord } from '../core/upsert';
import { mapDtsen } from './mapper';
import { openDtsen } from './source';
import { HOUSEHOLD, TABLES } from './tables';

const upsert = upsertInto(TABLES);
const BPS_CODE = HOUSEHOLD.columns.indexOf('bps_village_code');
const VILLAGE_CODE = HOUSEHOLD.columns.indexOf('village_code');

/**
 * DTSEN households and members (BPS/Kemensos): see format.ts for the files. Households are BPS-coded; the hub
 * keys regions on Kemendagri codes, so `write` looks the village up in `connectors.bps_village` for the whole
 * batch (the mapper is pure, and the runner has already quarantined households whose BPS code is not there).
 */
export const dtsenConnector: Connector = {
  source: 'dtsen',
  agency: 'BPS',
  system: 'DTSEN',
  tables: TABLES.map((t) => t.name),
  input: 'a directory with households.csv and members.csv (DTSEN CSV, BPS village codes), or one of the two files',
  open: (input) => openDtsen(input),
  map: (record) => mapDtsen(record),
  write: writeDtsen,
};

async function writeDtsen(tx: PoolClient, records: readonly MappedRecord[], context: MapContext): Promise<Outcome[]> {
  const bpsCodes = new Set<string>();
  for (const record of records) {
    const [own] = (record.data as RowsRecord).tables;
    if (own.table === HOUSEHOLD) bpsCodes.add(own.rows[0][BPS_CODE]!);
  }
  if (bpsCodes.size === 0) return upsert(tx, records, context);
  const { rows } = await tx.query<{ bps_code: string; village_code: string }>(
    'select bps_code, village_code from connectors.bps_village where bps_code = any($1::text[])',
    [[...bpsCodes]],
  );
  const villages = new Map(rows.map((row) => [row.bps_code, row.village_code]));
  const outcomes = await upsert(
    tx,
    records.map((record) => withVillage(record, villages)),
    context,
  );
  await addMembers(tx, records, outcomes);
  return outcomes;
}

/** A changed household concerns everyone in it: its members become the record's people (see MappedRecord.people). */
async function addMembers(
  tx: PoolClient,
  records: readonly MappedRecord[],
  outcomes: readonly Outcome[],
): Promise<void> {
  const changed = new Map<string, MappedRecord>();
  records.forEach((record, i) => {
    const [own] = (record.data as RowsRecord).tables;
    if (own.table === HOUSEHOLD && outcomes[i] !== 'unchanged')
      changed.set(own.rows[0][HOUSEHOLD.columns.indexOf(HOUSEHOLD.key)]!, record);
  });
  if (changed.size === 0) return;
  const { rows } = await tx.query<{ household_id: string; nik: string }>(
    'select household_id, nik from regsosek.household_member where household_id = any($1::text[])',
    [[...changed.keys()]],
  );
  for (const { household_id: id, nik } of rows) {
    const record = changed.get(id)!;
    record.people = [...(record.people ?? []), nik];
  }
}

/** A household record with its Kemendagri village filled in (left empty if missing: the database refuses it then). */
function withVillage(record: MappedRecord, villages: ReadonlyMap<string, string>): MappedRecord {
  const data = record.data as RowsRecord;
  const [own, ...rest] = data.tables;
  if (own.table !== HOUSEHOLD) return record;
  const row = [...own.rows[0]];
  row[VILLAGE_CODE] = villages.get(row[BPS_CODE]!) ?? null;
  return { ...record, data: { ...data, tables: [{ ...own, rows: [row] }, ...rest] } satisfies RowsRecord };
}
