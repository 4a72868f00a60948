import type { Connector } from '../core/connector';
import { upsertInto } from '../core/upsert';
import { mapDjpTaxpayer } from './mapper';
import { DEFAULT_RESILIENCE } from './resilience';
import { openDjp, type DjpSettings } from './source';
import { DJP_TABLES } from './tables';

/**
 * DJP's taxpayer registry (Coretax DJP): NPWP registrations with their annual returns, from the API (asked for
 * every NIK of the population register, or for the changes since a point) or from an export file.
 * `settings` tune the HTTP side (timeouts, retries, breaker, page size); the defaults suit the real service.
 */
export function createDjpConnector(settings: { resilience?: Partial<DjpSettings['resilience']>; pageSize?: number } = {}): Connector {
  const resolved: DjpSettings = { resilience: { ...DEFAULT_RESILIENCE, ...settings.resilience }, pageSize: settings.pageSize ?? 500 };
  return {
    source: 'djp',
    agency: 'DJP (Kemenkeu)',
    system: 'Coretax DJP',
    tables: DJP_TABLES.map((t) => t.name),
    input: 'DJP taxpayer API base URL (http[s]://...; every NIK of the register, or --since T for changes) or taxpayers.ndjson / its directory',
    open: (input, options) => openDjp(input, options, resolved),
    map: mapDjpTaxpayer,
    write: upsertInto(DJP_TABLES),
  };
}

export const djpConnector: Connector = createDjpConnector();
