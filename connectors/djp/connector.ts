import type { PoolClient } from 'pg';
import type { Connector, MappedRecord } from '../core/connector';
import { upsertInto, type RowsRecord } from '../core/upsert';
import { mapDjpTaxpayer } from './mapper';
import { apiSettings } from '../core/agency-api';
import { openDjp } from './source';
import { DJP_TABLES, TAXPAYER } from './tables';

/**
 * DJP's taxpayer registry (Coretax DJP): NPWP registrations with their annual returns, from the API (asked for
 * every NIK of the population register, or for the changes since a point) or from an export file.
 * `settings` tune the HTTP side (timeouts, retries, breaker, page size); the defaults suit the real service.
 */
const upsert = upsertInto(DJP_TABLES);

/**
 * A taxpayer whose NPWP changed brings its returns under the new number (a record lists them all): those kept
 * under the old one go, or they would outlive it with no taxpayer.
 */
async function dropRenumberedFilings(tx: PoolClient, records: readonly MappedRecord[]): Promise<void> {
  const nikAt = TAXPAYER.columns.indexOf('nik');
  const npwpAt = TAXPAYER.columns.indexOf('npwp');
  const rows = records.map((record) => (record.data as RowsRecord).tables[0].rows[0]);
  await tx.query(
    `delete from tax.filing f using tax.taxpayer t, unnest($1::text[], $2::text[]) as r(nik, npwp)
      where t.nik = r.nik and t.npwp <> r.npwp and f.npwp = t.npwp`,
    [rows.map((row) => row[nikAt]), rows.map((row) => row[npwpAt])],
  );
}

export function createDjpConnector(settings: Parameters<typeof apiSettings>[0] = {}): Connector {
  const resolved = apiSettings(settings);
  return {
    source: 'djp',
    agency: 'DJP (Kemenkeu)',
    system: 'Coretax DJP',
    tables: DJP_TABLES.map((t) => t.name),
    input:
      'DJP taxpayer API base URL (http[s]://...; every NIK of the register, or --since T for changes) or taxpayers.ndjson / its directory',
    open: (input, options) => openDjp(input, options, resolved),
    map: mapDjpTaxpayer,
    write: async (tx, records, context) => {
      await dropRenumberedFilings(tx, records);
      return upsert(tx, records, context);
    },
  };
}

export const djpConnector: Connector = createDjpConnector();
