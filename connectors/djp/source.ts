import type { Pool } from 'pg';
import type { OpenedSource, OpenOptions, SourceRecord } from '../core/connector';
import { exportFile, jsonLinesSource, sinceFiltered, type JsonLine } from '../core/files';
import { DjpApi } from './api';
import { NIKS_PER_REQUEST, TAXPAYERS_FILE } from './format';
import { apiBase, isApiUrl, pagedSource, prefetched, recordText, type ApiSettings } from '../core/agency-api';

/*
 * The DJP taxpayer API (Coretax DJP, as the hub is given access to it). JSON over HTTPS, GET only:
 *
 *   GET {base}/taxpayers?nik=<nik>,<nik>,...                       at most 100 NIKs (more: 400)
 *     200 { "taxpayers": [ <taxpayer>, ... ] }                     NIKs without an NPWP are simply absent
 *
 *   GET {base}/taxpayers/changes?since=<ISO date-time>&limit=<n>[&cursor=<opaque>]
 *     200 { "taxpayers": [ <taxpayer>, ... ], "next": <cursor> | null }
 *     every taxpayer whose updatedAt is at or after `since`, oldest change first; `next` fetches the page after
 *     this one, null after the last page
 *
 *   <taxpayer> = { "npwp": "3174015508900001", "nik": "3174015508900001", "status": "ACTIVE",
 *                  "matchingStatus": "VALID", "taxOfficeCode": "152", "registeredOn": "2012-03-14",
 *                  "updatedAt": "2025-03-20T00:00:00+07:00",
 *                  "filings": [ { "year": 2024, "form": "F1770SS", "status": "FILED", "filedOn": "2025-03-20" } ] }
 *
 * Errors: 4xx for a bad request (not retried), 5xx when the service is unwell (retried, see resilience.ts).
 * The same taxpayer objects, one per line, make the export file `<dir>/djp/taxpayers.ndjson`.
 */

/**
 * Every NIK of the population register, asked 100 at a time in NIK order (keyset paging: a page of NIKs is
 * read when it is asked, never the whole register). The cursor of a record is its NIK: a resumed run asks
 * from the next NIK on. The next batch is fetched while the current one is written.
 */
async function registerSource(api: DjpApi, pool: Pool): Promise<OpenedSource> {
  const {
    rows: [{ count }],
  } = await pool.query<{ count: number }>('select count(*)::int as count from population.citizen');
  type Batch = { niks: string[]; taxpayers: unknown[] };
  const fetchBatch = async (after: string): Promise<Batch> => {
    const { rows } = await pool.query<{ nik: string }>(
      'select nik from population.citizen where nik > $1 order by nik limit $2',
      [after, NIKS_PER_REQUEST],
    );
    const niks = rows.map((r) => r.nik);
    return { niks, taxpayers: niks.length > 0 ? await api.taxpayersByNik(niks) : [] };
  };
  return {
    fingerprint: `${api.base}/taxpayers?nik=<every NIK of the population register>`,
    total: count,
    async *read(resume) {
      let asked =
        resume === undefined
          ? 0
          : (
              await pool.query<{ count: number }>(
                'select count(*)::int as count from population.citizen where nik <= $1',
                [resume],
              )
            ).rows[0].count;
      const batches = prefetched(
        () => fetchBatch(resume ?? ''),
        ({ niks }) => (niks.length === NIKS_PER_REQUEST ? () => fetchBatch(niks[niks.length - 1]) : undefined),
      );
      for await (const { niks, taxpayers } of batches) {
        // In NIK order, so a record's NIK is a safe resume point. A record naming no NIK of this batch (missing,
        // malformed, or one not asked for) goes last: its resume point is the end of the batch.
        const position = new Map(niks.map((nik, i) => [nik, i]));
        const placed = taxpayers
          .map((value) => {
            const nik = (value as { nik?: unknown } | null)?.nik;
            const at = typeof nik === 'string' ? position.get(nik) : undefined;
            return { value, at: at ?? niks.length - 1 };
          })
          .sort((a, b) => a.at - b.at);
        for (const { value, at } of placed) {
          yield {
            cursor: niks[at],
            progress: asked + at + 1,
            value: { ok: true, value } satisfies JsonLine,
            text: recordText(value),
          } satisfies SourceRecord;
        }
        asked += niks.length;
      }
    },
  };
}

/**
 * An http(s) URL is the API's base (`.../taxpayers` is appended); anything else is the export file or its directory.
 */
export async function openDjp(input: string, options: OpenOptions, settings: ApiSettings): Promise<OpenedSource> {
  const since = options.since === undefined ? undefined : new Date(options.since).toISOString();
  if (!isApiUrl(input)) {
    const file = await jsonLinesSource(await exportFile(input, 'djp', TAXPAYERS_FILE));
    return since === undefined ? file : sinceFiltered(file, since, 'updatedAt');
  }
  const base = apiBase(input);
  const api = new DjpApi(base, settings.resilience);
  return since === undefined
    ? registerSource(api, options.pool)
    : pagedSource(`${base}/taxpayers/changes?since=${since}`, (cursor) =>
        api.changes(since, cursor, settings.pageSize),
      );
}
