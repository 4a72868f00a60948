import type { OpenedSource, OpenOptions } from '../core/connector';
import { AgencyApi, apiBase, isApiUrl, pagedSource, type ApiSettings } from '../core/agency-api';
import { exportFile, jsonLinesSource, sinceFiltered } from '../core/files';

/*
 * Dukcapil's population events, as SIAK publishes them to services it has agreed to inform. JSON over HTTPS:
 *
 *   GET {base}/events?since=<ISO date-time>&limit=<n>[&cursor=<opaque>]
 *     200 { "events": [ <event>, ... ], "next": <cursor> | null }
 *     every event recorded at or after `since`, oldest first; `next` fetches the page after this one, null
 *     after the last page
 *
 *   <event> is a line of the export file (format.ts): REGISTERED, ADDRESS_CHANGED, DIED or FAMILY_SPLIT.
 *
 * Errors: 4xx for a bad request (not retried), 5xx when the service is unwell (retried, core/resilience.ts).
 * Without --since the feed is read from its start.
 */

export const EVENTS_FILE = 'population.ndjson';
const FROM_THE_START = '1970-01-01T00:00:00.000Z';

/**
 * An http(s) URL is the events API's base (`/events` is appended); anything else is the export file or its directory.
 */
export async function openDukcapil(input: string, options: OpenOptions, settings: ApiSettings): Promise<OpenedSource> {
  const since = options.since === undefined ? undefined : new Date(options.since).toISOString();
  if (!isApiUrl(input)) {
    // Registrations carry no time: with --since, only change events recorded before it are passed over.
    const file = await jsonLinesSource(await exportFile(input, 'dukcapil', EVENTS_FILE));
    return since === undefined ? file : sinceFiltered(file, since, 'at');
  }
  const base = apiBase(input);
  const api = new AgencyApi('Dukcapil', base, settings.resilience);
  const from = since ?? FROM_THE_START;
  return pagedSource(`${base}/events?since=${from}`, async (cursor) => {
    const query = new URLSearchParams({ since: from, limit: String(settings.pageSize) });
    if (cursor !== null) query.set('cursor', cursor);
    return api.page(await api.getJson('/events', query), 'events');
  });
}
