import { createHmac } from 'node:crypto';
import { inProcessKeyValue, type KeyValue } from '../hub/kv';
import { createLogger, errorFields } from '../hub/log';

const log = createLogger('quota');

/** How much of the graph one client (a registered service) may use, set by the steward per client. */
export interface ClientQuota {
  /** Requests for personal data per minute. */
  readonly requestsPerMinute: number;
  /** Distinct persons whose data it reads per hour. */
  readonly personsPerHour: number;
  /** Distinct persons whose data it reads per day (UTC). */
  readonly personsPerDay: number;
}

/** For a client the steward gave no quota of its own. */
export const DEFAULT_CLIENT_QUOTA: ClientQuota = {
  requestsPerMinute: 600,
  personsPerHour: 1_000,
  personsPerDay: 5_000,
};

export type QuotaLimit = keyof ClientQuota;

export type QuotaVerdict =
  | { readonly kind: 'within' }
  | { readonly kind: 'over'; readonly limit: QuotaLimit; readonly retryAfterSeconds: number; readonly reason: string };

interface Window {
  readonly limit: QuotaLimit;
  readonly seconds: number;
  readonly label: string;
}

const MINUTE: Window = { limit: 'requestsPerMinute', seconds: 60, label: 'requests this minute' };
const HOUR: Window = { limit: 'personsPerHour', seconds: 3_600, label: 'persons this hour' };
const DAY: Window = { limit: 'personsPerDay', seconds: 86_400, label: 'persons today (UTC)' };

/**
 * Longest a recorded person waits for the client's next count to carry it before it is written alone: under
 * load the next count comes first, and a request's persons cost no round trip of their own (bench S4).
 */
const RECORD_FLUSH_MS = 20;

export interface QuotaCounterOptions {
  /** Where the counts live: Redis when REDIS_URL is set (shared by every gateway process), else this process. */
  kv: KeyValue;
  /** A prefix of its own inside the store (the store already keeps deployments apart). Default none. */
  prefix?: string;
  /** Persons are counted as keyed hashes of their NIK, never as NIKs. */
  secret: string;
  /** Longest a count may take on Redis before this process counts alone. Default 250 ms. */
  timeoutMs?: number;
  /** How long this process then counts alone before it tries Redis again. Default 5 s. */
  retrySharedAfterMs?: number;
  now?: () => number;
}

/**
 * Counts each client's requests and the distinct persons it reads, in fixed windows (the minute, the hour, the
 * UTC day), against its quota. The counts are atomic on Redis and shared by every gateway process; without
 * Redis, or when Redis does not answer in time (then for `retrySharedAfterMs` before trying it again), this
 * process counts on its own, so a client is never unlimited.
 * Persons are counted as HMACs of their NIK: the counters hold no identity number.
 */
export class QuotaCounter {
  private readonly local = inProcessKeyValue();
  private readonly timeoutMs: number;
  private readonly retrySharedAfterMs: number;
  private readonly now: () => number;
  /** Until when the shared store is passed over after it failed. */
  private sharedDownUntil = 0;
  /** Persons recorded and not written yet, by client, with the promises of `record` waiting for them. */
  private readonly pending = new Map<string, { members: Set<string>; written: (() => void)[] }>();
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: QuotaCounterOptions) {
    this.timeoutMs = options.timeoutMs ?? 250;
    this.retrySharedAfterMs = options.retrySharedAfterMs ?? 5_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Counts one request and tells whether the client is within its quota: under its request rate, and not yet
   * at its ceiling of persons for the hour or the day (the request that reaches a ceiling is answered; the ones
   * after it are refused until the window turns).
   */
  async admit(clientId: string, quota: ClientQuota): Promise<QuotaVerdict> {
    const now = this.now();
    // The persons recorded since the client's last count go in first, in the same round trip.
    const waiting = this.take(clientId);
    let counts: number[];
    try {
      counts = await this.counted((kv) =>
        kv.incrementAndCount(
          this.key(clientId, MINUTE, now),
          MINUTE.seconds,
          this.personSets(clientId, now),
          waiting ? [...waiting.members] : [],
        ),
      );
    } finally {
      for (const written of waiting?.written ?? []) written();
    }
    const [requests, hour, day] = counts;
    if (requests > quota.requestsPerMinute) return this.over(MINUTE, quota, requests, now);
    if (hour >= quota.personsPerHour) return this.over(HOUR, quota, hour, now);
    if (day >= quota.personsPerDay) return this.over(DAY, quota, day, now);
    return { kind: 'within' };
  }

  /**
   * Adds the persons a client was given data about to its hourly and daily counts. They are written with the
   * client's next count in this process (one round trip for both), or within RECORD_FLUSH_MS when no count
   * comes first; the promise resolves once they are written.
   */
  record(clientId: string, niks: readonly string[]): Promise<void> {
    if (niks.length === 0) return Promise.resolve();
    let entry = this.pending.get(clientId);
    if (!entry) {
      entry = { members: new Set(), written: [] };
      this.pending.set(clientId, entry);
    }
    for (const nik of new Set(niks))
      entry.members.add(createHmac('sha256', this.options.secret).update(nik).digest('base64url').slice(0, 16));
    // A write that fails has fallen back to this process's own counts (`counted`), and logged why.
    this.flushTimer ??= setTimeout(() => void this.flush().catch(() => undefined), RECORD_FLUSH_MS).unref();
    const { written } = entry;
    return new Promise((resolve) => written.push(resolve));
  }

  /** Writes every person recorded and not written yet (on a timer, and when the process closes). */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const now = this.now();
    await Promise.all(
      [...this.pending.keys()].map(async (clientId) => {
        const waiting = this.take(clientId)!;
        try {
          await this.counted((kv) => kv.addMembers(this.personSets(clientId, now), [...waiting.members]));
        } finally {
          for (const written of waiting.written) written();
        }
      }),
    );
  }

  private take(clientId: string): { members: Set<string>; written: (() => void)[] } | undefined {
    const waiting = this.pending.get(clientId);
    this.pending.delete(clientId);
    return waiting;
  }

  private personSets(clientId: string, now: number): { key: string; ttlSeconds: number }[] {
    return [HOUR, DAY].map((window) => ({ key: this.key(clientId, window, now), ttlSeconds: window.seconds }));
  }

  /** A client's keys share a hash tag, so that one script may touch them all on a Redis Cluster too. */
  private key(clientId: string, window: Window, now: number): string {
    return `${this.options.prefix ?? ''}quota:{${clientId}}:${window.limit}:${Math.floor(now / 1000 / window.seconds)}`;
  }

  private over(window: Window, quota: ClientQuota, count: number, now: number): QuotaVerdict {
    const elapsed = Math.floor(now / 1000) % window.seconds;
    return {
      kind: 'over',
      limit: window.limit,
      retryAfterSeconds: Math.max(1, window.seconds - elapsed),
      reason: `${window.limit}: ${count.toLocaleString('en-US')} ${window.label}, at most ${quota[
        window.limit
      ].toLocaleString('en-US')}`,
    };
  }

  /** The operation on the shared store, or on this process's own when the shared one fails or is slow. */
  private async counted<T>(operation: (kv: KeyValue) => Promise<T>): Promise<T> {
    if (this.options.kv.kind === 'in-process') return operation(this.options.kv);
    if (Date.now() < this.sharedDownUntil) return operation(this.local);
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        operation(this.options.kv),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer in ${this.timeoutMs} ms`)), this.timeoutMs);
        }),
      ]);
    } catch (error) {
      this.sharedDownUntil = Date.now() + this.retrySharedAfterMs;
      log.warn('quotas counted in this process for a while: the shared store failed', errorFields(error));
      return operation(this.local);
    } finally {
      clearTimeout(timer);
    }
  }
}
