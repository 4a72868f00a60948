import type { JsonLine } from './files';
import type { OpenedSource, SourceRecord } from './connector';
import { AgencyApiError, DEFAULT_RESILIENCE, HttpStatusError, ResilientCaller, type Resilience } from './resilience';

/** How a connector calls an agency's API: the resilience policy and the page size of paged calls. */
export interface ApiSettings {
  resilience: Resilience;
  /** Records per page. Default 500. */
  pageSize: number;
}

/** Settings with the defaults that suit the real services filled in. */
export function apiSettings(given: { resilience?: Partial<Resilience>; pageSize?: number } = {}): ApiSettings {
  return { resilience: { ...DEFAULT_RESILIENCE, ...given.resilience }, pageSize: given.pageSize ?? 500 };
}

/** Whether an input names an agency's API (http or https) rather than an export file. */
export const isApiUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** The API's base URL as given, without trailing slashes. */
export const apiBase = (input: string): string => new URL(input).toString().replace(/\/+$/, '');

/** An agency's JSON-over-HTTP API: GET requests through the resilience policy, the envelope of answers checked. */
export class AgencyApi {
  private readonly caller: ResilientCaller;

  constructor(
    readonly agency: string,
    readonly base: string,
    resilience: Resilience,
  ) {
    this.caller = new ResilientCaller(agency, base, resilience);
  }

  /** An answer the connector cannot read: the run stops (resumable). */
  malformed(what: string): AgencyApiError {
    return AgencyApiError.malformed(this.agency, this.base, what);
  }

  /** One GET, body read inside the attempt: a connection dropped mid-answer is retried like any other. */
  getJson(path: string, query: URLSearchParams): Promise<unknown> {
    return this.caller.call(async (signal) => {
      const response = await fetch(`${this.base}${path}?${query}`, { signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        await response.body?.cancel();
        throw new HttpStatusError(response.status);
      }
      const text = await response.text();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw this.malformed('not JSON');
      }
    });
  }

  /** The list `field` of a paged answer and its `next` cursor (null after the last page). */
  page(body: unknown, field: string): { items: unknown[]; next: string | null } {
    const items = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
    if (!Array.isArray(items)) throw this.malformed(`no "${field}" list`);
    const next = (body as { next?: unknown }).next ?? null;
    if (next !== null && typeof next !== 'string') throw this.malformed('"next" is neither a cursor nor null');
    return { items, next };
  }
}

const TEXT_LIMIT = 4096;

/** A record as received, for the quarantine (cut to 4 kB). */
export const recordText = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)}...` : text;
};

/**
 * Pages one after another, each requested while the one before is being written: `following` says what comes
 * after a page (undefined after the last). A request that fails ahead of its turn fails at its turn.
 */
export async function* prefetched<T>(
  first: () => Promise<T>,
  following: (page: T) => (() => Promise<T>) | undefined,
): AsyncGenerator<T> {
  const start = (request: () => Promise<T>) => {
    const promise = request();
    promise.catch(() => undefined);
    return promise;
  };
  let pending: Promise<T> | undefined = start(first);
  while (pending !== undefined) {
    const page: T = await pending;
    const next = following(page);
    pending = next === undefined ? undefined : start(next);
    yield page;
  }
}

/**
 * Records changed since a point, page by page (`fetchPage(cursor)`; null asks for the first page). The cursor
 * of a record is the page it came in and how many of that page are done, so a run stopped mid-page resumes at
 * the next record. Progress counts records.
 */
export function pagedSource(
  fingerprint: string,
  fetchPage: (cursor: string | null) => Promise<{ items: unknown[]; next: string | null }>,
): OpenedSource {
  return {
    fingerprint,
    async *read(resume) {
      const { page, skip } =
        resume === undefined ? { page: null, skip: 0 } : (JSON.parse(resume) as { page: string | null; skip: number });
      let done = skip;
      let read = 0;
      const request = (cursor: string | null) => async () => ({ cursor, ...(await fetchPage(cursor)) });
      const pages = prefetched(request(page), ({ cursor, next }) =>
        next !== null && next !== cursor ? request(next) : undefined,
      );
      for await (const { cursor, items } of pages) {
        for (let i = done; i < items.length; i += 1) {
          read += 1;
          yield {
            cursor: JSON.stringify({ page: cursor, skip: i + 1 }),
            progress: read,
            value: { ok: true, value: items[i] } satisfies JsonLine,
            text: recordText(items[i]),
          } satisfies SourceRecord;
        }
        done = 0;
      }
    },
  };
}
