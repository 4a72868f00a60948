import { DjpApiError, HttpStatusError, ResilientCaller, type DjpResilience } from './resilience';

/** A page of `GET /taxpayers/changes`: the taxpayers as sent (checked record by record by the mapper). */
export interface ChangesPage {
  taxpayers: unknown[];
  /** The cursor of the next page; null after the last. */
  next: string | null;
}

/**
 * The two calls of the DJP taxpayer API (see source.ts), each request through the resilience policy. Answers
 * are checked for their envelope only; the taxpayers in them are the mapper's business.
 */
export class DjpApi {
  private readonly caller: ResilientCaller;

  constructor(readonly base: string, resilience: DjpResilience) {
    this.caller = new ResilientCaller(base, resilience);
  }

  /** The taxpayers registered under these NIKs (at most 100); NIKs without an NPWP are absent. */
  async taxpayersByNik(niks: readonly string[]): Promise<unknown[]> {
    const body = await this.get('/taxpayers', new URLSearchParams({ nik: niks.join(',') }));
    return this.taxpayersOf(body);
  }

  /** Taxpayers changed at or after `since`, a page at a time, oldest change first. */
  async changes(since: string, cursor: string | null, limit: number): Promise<ChangesPage> {
    const query = new URLSearchParams({ since, limit: String(limit) });
    if (cursor !== null) query.set('cursor', cursor);
    const body = await this.get('/taxpayers/changes', query);
    const next = (body as { next?: unknown }).next;
    if (next !== null && typeof next !== 'string') throw DjpApiError.malformed(this.base, '"next" is neither a cursor nor null');
    return { taxpayers: this.taxpayersOf(body), next };
  }

  private taxpayersOf(body: unknown): unknown[] {
    const taxpayers = typeof body === 'object' && body !== null ? (body as { taxpayers?: unknown }).taxpayers : undefined;
    if (!Array.isArray(taxpayers)) throw DjpApiError.malformed(this.base, 'no "taxpayers" list');
    return taxpayers;
  }

  /** One GET, body read inside the attempt: a connection dropped mid-answer is retried like any other. */
  private get(path: string, query: URLSearchParams): Promise<unknown> {
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
        throw DjpApiError.malformed(this.base, 'not JSON');
      }
    });
  }
}
