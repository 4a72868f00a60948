import { AgencyApi } from '../core/agency-api';
import type { Resilience } from '../core/resilience';

/** A page of `GET /taxpayers/changes`: the taxpayers as sent (checked record by record by the mapper). */
interface ChangesPage {
  items: unknown[];
  /** The cursor of the next page; null after the last. */
  next: string | null;
}

/**
 * The two calls of the DJP taxpayer API (see source.ts), each request through the resilience policy. Answers
 * are checked for their envelope only; the taxpayers in them are the mapper's business.
 */
export class DjpApi {
  private readonly api: AgencyApi;

  constructor(
    readonly base: string,
    resilience: Resilience,
  ) {
    this.api = new AgencyApi('DJP', base, resilience);
  }

  /** The taxpayers registered under these NIKs (at most 100); NIKs without an NPWP are absent. */
  async taxpayersByNik(niks: readonly string[]): Promise<unknown[]> {
    const body = await this.api.getJson('/taxpayers', new URLSearchParams({ nik: niks.join(',') }));
    return this.api.page(body, 'taxpayers').items;
  }

  /** Taxpayers changed at or after `since`, a page at a time, oldest change first. */
  async changes(since: string, cursor: string | null, limit: number): Promise<ChangesPage> {
    const query = new URLSearchParams({ since, limit: String(limit) });
    if (cursor !== null) query.set('cursor', cursor);
    return this.api.page(await this.api.getJson('/taxpayers/changes', query), 'taxpayers');
  }
}
