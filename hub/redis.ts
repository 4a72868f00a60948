import { createLogger, errorFields } from './log';
import { RedisUnavailableError, serverLink, type RedisClient, type RedisLink } from './redis-link';
import { masterLink, sentinelTarget, watchSentinels } from './redis-sentinel';
import { within } from './within';

export { RedisUnavailableError, type RedisClient, type RedisLink } from './redis-link';

const log = createLogger('redis');

/**
 * How long the hub waits for Redis. Redis is a helper here (caches, counters, notices): a call that cannot be
 * answered quickly fails, and the caller goes on without it.
 */
export interface RedisLimits {
  /** Longest wait for one command or transaction. Default 500 ms. */
  commandMs: number;
  /** Longest wait for the first connection before the process goes on without Redis. Default 1,000 ms. */
  firstConnectMs: number;
}

export const DEFAULT_REDIS_LIMITS: Readonly<RedisLimits> = Object.freeze({ commandMs: 500, firstConnectMs: 1_000 });

/**
 * A Redis connection that never makes a request wait: commands fail at once while it is down (no offline
 * queue), each is bounded in time, a connection gone silent is closed and made again, and a lost one (a
 * restart, a proxy that accepts and closes) is made again with backoff, for as long as the process runs.
 * With Sentinels (a redis-sentinel:// URL), each connection is made at the master they name, and made again at
 * the new one after a failover.
 */
export interface BoundedRedis {
  /** Runs one operation (a command or a MULTI) on the connection within `commandMs`; fails at once while down. */
  run<T>(operation: (client: RedisClient) => Promise<T>): Promise<T>;
  /** Whether the connection is up now. */
  readonly ready: boolean;
  /** Called each time the connection is (re)made. */
  onReady(listener: () => void): void;
  /** A connection of its own with the same settings (a blocking reader, a subscriber), `commandMs` aside. */
  duplicate(commandMs?: number): RedisLink;
  close(): Promise<void>;
}

/** Calls in a row left unanswered on a connection said to be up, after which it is replaced by a new one. */
const SILENT_CALLS = 3;

/** Connects to `url` (`name` for the logs), waiting at most `firstConnectMs` before going on without it. */
export async function connectRedis(
  url: string,
  name: string,
  limits: RedisLimits = DEFAULT_REDIS_LIMITS,
): Promise<BoundedRedis> {
  const target = sentinelTarget(url);
  const sentinels = target && watchSentinels(target);
  const linkTo = (commandMs: number | undefined, onError: (error: unknown) => void) =>
    target && sentinels ? masterLink(target, sentinels, commandMs, onError) : serverLink(url, commandMs, onError);
  const readyListeners: (() => void)[] = [];
  let warned = false;
  let silent = 0;
  let closed = false;
  const link = linkTo(undefined, (error) => {
    // One line per outage, not one per retry.
    if (!warned) log.warn('redis unavailable: going on without it', { connection: name, ...errorFields(error) });
    warned = true;
  });
  link.onReady(() => {
    if (warned) log.info('redis back', { connection: name });
    warned = false;
    for (const listener of readyListeners) listener();
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    new Promise((done) => link.onReady(done)),
    new Promise((done) => (timer = setTimeout(done, limits.firstConnectMs))),
  ]);
  clearTimeout(timer);
  // A connection can be said to be up and answer nothing (a peer gone silent, a reset the client missed): after
  // a few calls in a row without an answer it is dropped and a new one made.
  const replace = () => {
    silent = 0;
    if (closed) return;
    log.warn('redis connection answers nothing: making a new one', { connection: name });
    warned = true;
    link.replace();
  };
  const bounded = <T>(work: Promise<T>): Promise<T> =>
    within(work, limits.commandMs, () => new RedisUnavailableError(`no answer in ${limits.commandMs} ms`));
  return {
    run: async (operation) => {
      const client = link.client;
      if (!client) throw new RedisUnavailableError('not connected');
      try {
        const result = await bounded(operation(client));
        silent = 0;
        return result;
      } catch (error) {
        const unanswered = error instanceof RedisUnavailableError || (error as Error).name === 'TimeoutError';
        if (unanswered && (silent += 1) >= SILENT_CALLS) replace();
        if (!target || unanswered) throw error;
        // With Sentinels, a failover shows as a connection lost under a command (the old master crashed, or was
        // demoted and dropped its clients) or a write refused by a demoted master still connected: both fail as
        // Redis being away while the connection is made again at the new master.
        if (/^READONLY/.test((error as Error).message)) link.replace();
        else if (client.isReady) throw error;
        throw new RedisUnavailableError('connection lost: the master may have moved', { cause: error });
      }
    },
    get ready() {
      return link.client !== undefined;
    },
    onReady: (listener) => void readyListeners.push(listener),
    duplicate: (commandMs = limits.commandMs) => linkTo(commandMs, () => undefined),
    close: async () => {
      closed = true;
      sentinels?.close();
      await link.close(limits.commandMs);
    },
  };
}
