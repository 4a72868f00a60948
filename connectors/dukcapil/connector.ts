import type { PoolClient } from 'pg';
import type { Connector, MapContext, MappedRecord, Outcome } from '../core/connector';
import { apiSettings } from '../core/agency-api';
import { upsertInto } from '../core/upsert';
import type { ChangeNotice } from '../../hub/change-feed';
import { applyChange } from './changes';
import { CITIZEN, FAMILY, mapPopulationEvent, type DukcapilRecord } from './mapper';
import { openDukcapil } from './source';

const REGISTRATION_TABLES = [FAMILY, CITIZEN];
const writeRegistrations = upsertInto(REGISTRATION_TABLES);

/** Registrations in one statement per table, then the change events one by one, in the order they were read. */
async function writeEvents(tx: PoolClient, records: readonly MappedRecord[], context: MapContext): Promise<Outcome[]> {
  const outcomes: Outcome[] = records.map(() => 'unchanged');
  const registrations = records.flatMap((record, i) =>
    (record.data as DukcapilRecord).kind === 'registration' ? [i] : [],
  );
  if (registrations.length > 0) {
    const written = await writeRegistrations(
      tx,
      registrations.map((i) => records[i]),
      context,
    );
    registrations.forEach((i, n) => (outcomes[i] = written[n]));
  }
  // Changes after registrations: a person's move follows their registration.
  for (const [i, record] of records.entries()) {
    const data = record.data as DukcapilRecord;
    if (data.kind === 'change') outcomes[i] = await applyChange(tx, data, context);
  }
  return outcomes;
}

/** The changes a committed batch applied, for the change feed. */
function appliedChanges(records: readonly MappedRecord[]): ChangeNotice[] {
  return records.flatMap((record) => {
    const data = record.data as DukcapilRecord;
    return data.kind === 'change' ? (data.applied ?? []) : [];
  });
}

/**
 * Dukcapil (SIAK), from its events API or an export file: registrations are upserted by NIK, their family
 * cards by KK; change events are applied each at most once (by its event id), each leaving a row per person in
 * the change feed. `settings` tune the HTTP side; the defaults suit the real service.
 */
export function createDukcapilConnector(settings: Parameters<typeof apiSettings>[0] = {}): Connector {
  const resolved = apiSettings(settings);
  return {
    source: 'dukcapil',
    agency: 'Dukcapil (Kemendagri)',
    system: 'SIAK',
    tables: REGISTRATION_TABLES.map((t) => t.name),
    input:
      'population events (REGISTERED, ADDRESS_CHANGED, DIED, FAMILY_SPLIT): the SIAK events API base URL (http[s]://...; --since T), or population.ndjson / its directory',
    open: (input, options) => openDukcapil(input, options, resolved),
    map: mapPopulationEvent,
    write: writeEvents,
    notices: appliedChanges,
  };
}

export const dukcapilConnector: Connector = createDukcapilConnector();
