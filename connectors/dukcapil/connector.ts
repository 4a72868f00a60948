import type { PoolClient } from 'pg';
import type { Connector, MapContext, MappedRecord, Outcome } from '../core/connector';
import { exportFile, jsonLinesSource } from '../core/files';
import { upsertInto } from '../core/upsert';
import { applyChange } from './changes';
import { CITIZEN, FAMILY, mapPopulationEvent, type DukcapilRecord } from './mapper';

const REGISTRATION_TABLES = [FAMILY, CITIZEN];
const writeRegistrations = upsertInto(REGISTRATION_TABLES);

/**
 * Dukcapil (SIAK): registrations are upserted by NIK, their family cards by KK; change events are applied one
 * by one in file order, each at most once (by its event id), each leaving a row per person in the change feed.
 */
export const dukcapilConnector: Connector = {
  source: 'dukcapil',
  agency: 'Dukcapil (Kemendagri)',
  system: 'SIAK',
  tables: REGISTRATION_TABLES.map((t) => t.name),
  input: 'population events, one JSON object per line (REGISTERED, ADDRESS_CHANGED, DIED, FAMILY_SPLIT): a file, or an export directory',
  open: async (input) => jsonLinesSource(await exportFile(input, 'dukcapil', 'population.ndjson')),
  map: mapPopulationEvent,
  async write(tx: PoolClient, records: readonly MappedRecord[], context: MapContext): Promise<Outcome[]> {
    const outcomes: Outcome[] = records.map(() => 'unchanged');
    const registrations = records.flatMap((record, i) => ((record.data as DukcapilRecord).kind === 'registration' ? [i] : []));
    if (registrations.length > 0) {
      const written = await writeRegistrations(tx, registrations.map((i) => records[i]), context);
      registrations.forEach((i, n) => (outcomes[i] = written[n]));
    }
    // Changes after registrations, in the order they were read: a person's move follows their registration.
    for (const [i, record] of records.entries()) {
      const data = record.data as DukcapilRecord;
      if (data.kind === 'change') outcomes[i] = await applyChange(tx, data, context);
    }
    return outcomes;
  },
  notices: (records) => records.flatMap((record) => {
    const data = record.data as DukcapilRecord;
    return data.kind === 'change' ? data.applied ?? [] : [];
  }),
};
