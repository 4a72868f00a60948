import type { OpenedSource, OpenOptions } from '../core/connector';
import { AgencyApi, pagedSource } from '../core/agency-api';
import { exportFile, jsonLinesSource, type JsonLine } from '../core/files';
import type { Resilience } from '../core/resilience';

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

export interface DukcapilSettings {
  resilience: Resilience;
  /** Events per page. Default 500. */
  pageSize: number;
}

/**
 * The export file, one event per line. With `since`, change events recorded before it are passed over
 * (registrations carry no time and are always read; records too broken to tell are read, to be quarantined).
 */
async function fileSource(input: string, since: string | undefined): Promise<OpenedSource> {
  const file = await jsonLinesSource(await exportFile(input, 'dukcapil', EVENTS_FILE));
  if (since === undefined) return file;
  const from = Date.parse(since);
  const older = (line: JsonLine) => {
    const at = line.ok ? (line.value as { at?: unknown } | null)?.at : undefined;
    return typeof at === 'string' && Date.parse(at) < from;
  };
  return {
    fingerprint: `${file.fingerprint}?since=${since}`,
    total: file.total,
    async *read(resume) {
      for await (const record of file.read(resume)) if (!older(record.value as JsonLine)) yield record;
    },
  };
}

/** An http(s) URL is the events API's base (`/events` is appended); anything else is the export file or its directory. */
export async function openDukcapil(input: string, options: OpenOptions, settings: DukcapilSettings): Promise<OpenedSource> {
  const since = options.since === undefined ? undefined : new Date(options.since).toISOString();
  if (!/^https?:\/\//i.test(input)) return fileSource(input, since);
  const base = new URL(input).toString().replace(/\/+$/, '');
  const api = new AgencyApi('Dukcapil', base, settings.resilience);
  const from = since ?? FROM_THE_START;
  return pagedSource(`${base}/events?since=${from}`, async (cursor) => {
    const query = new URLSearchParams({ since: from, limit: String(settings.pageSize) });
    if (cursor !== null) query.set('cursor', cursor);
    return api.page(await api.getJson('/events', query), 'events');
  });
}
