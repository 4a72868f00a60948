import { createClient } from 'redis';
import { createLogger, errorFields } from './log';

const log = createLogger('redis');

export type RedisClient = ReturnType<typeof createClient>;

/** Redis did not answer in time, or the connection is down: the caller goes on without it. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

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

/** A connection's silence (no reply, no ping answer) for this long closes it; it then reconnects. */
const SILENT_SOCKET_MS = 3_000;
const PING_MS = 1_000;

/**
 * A Redis connection that never makes a request wait: commands fail at once while it is down (no offline
 * queue), each is bounded in time, a connection gone silent is closed and made again, and a lost one (a
 * restart, a proxy that accepts and closes) is made again with backoff, for as long as the process runs.
 */
export interface BoundedRedis {
  /** Runs one operation (a command or a MULTI) on the connection within `commandMs`; fails at once while down. */
  run<T>(operation: (client: RedisClient) => Promise<T>): Promise<T>;
  /** Whether the connection is up now. */
  readonly ready: boolean;
  /** Called each time the connection is (re)made. */
  onReady(listener: () => void): void;
  /** A connection of its own with the same settings (a blocking reader, a subscriber), `commandMs` aside. */
  duplicate(commandMs?: number): RedisClient;
  close(): Promise<void>;
}

/**
 * `commandMs`: each command's own time limit, for connections whose commands are not run through `run` (which
 * bounds them itself: a limit per command costs a timer and an abort signal per call, 0.1 ms of CPU per request
 * in the gateway's quota under load, bench S4).
 */
function clientOptions(url: string, commandMs?: number) {
  return {
    url,
    disableOfflineQueue: true,
    pingInterval: PING_MS,
    ...(commandMs === undefined ? {} : { commandOptions: { timeout: commandMs } }),
    socket: {
      connectTimeout: SILENT_SOCKET_MS,
      socketTimeout: SILENT_SOCKET_MS,
      // Always again, never giving up: 50 ms doubling to 2 s, with jitter.
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000) + Math.floor(Math.random() * 100),
    },
  };
}

/** Calls in a row left unanswered on a connection said to be up, after which it is replaced by a new one. */
const SILENT_CALLS = 3;

/** Connects to `url` (`name` for the logs), waiting at most `firstConnectMs` before going on without it. */
export async function connectRedis(
  url: string,
  name: string,
  limits: RedisLimits = DEFAULT_REDIS_LIMITS,
): Promise<BoundedRedis> {
  const readyListeners: (() => void)[] = [];
  let warned = false;
  let silent = 0;
  let closed = false;
  const open = () => {
    const made = createClient(clientOptions(url));
    made.on('error', (error: unknown) => {
      // One line per outage, not one per retry.
      if (!warned) log.warn('redis unavailable: going on without it', { connection: name, ...errorFields(error) });
      warned = true;
    });
    made.on('ready', () => {
      if (warned) log.info('redis back', { connection: name });
      warned = false;
      for (const listener of readyListeners) listener();
    });
    const connected = made.connect().then(
      () => true,
      () => false,
    );
    return { made, connected };
  };
  const first = open();
  let client = first.made;
  const connected = first.connected;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([connected, new Promise((done) => (timer = setTimeout(done, limits.firstConnectMs)))]);
  clearTimeout(timer);
  // A connection can be said to be up and answer nothing (a peer gone silent, a reset the client missed): after
  // a few calls in a row without an answer it is dropped and a new one made.
  const replace = () => {
    silent = 0;
    const old = client;
    if (old.isOpen) old.destroy();
    if (closed) return;
    log.warn('redis connection answers nothing: making a new one', { connection: name });
    warned = true;
    ({ made: client } = open());
  };
  const bounded = <T>(work: Promise<T>): Promise<T> => {
    let timeout: NodeJS.Timeout | undefined;
    return Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timeout = setTimeout(
          () => reject(new RedisUnavailableError(`no answer in ${limits.commandMs} ms`)),
          limits.commandMs,
        );
      }),
    ]).finally(() => clearTimeout(timeout));
  };
  return {
    run: async (operation) => {
      if (!client.isReady) throw new RedisUnavailableError('not connected');
      try {
        const result = await bounded(operation(client));
        silent = 0;
        return result;
      } catch (error) {
        const unanswered = error instanceof RedisUnavailableError || (error as Error).name === 'TimeoutError';
        if (unanswered && (silent += 1) >= SILENT_CALLS) replace();
        throw error;
      }
    },
    get ready() {
      return client.isReady;
    },
    onReady: (listener) => void readyListeners.push(listener),
    duplicate: (commandMs = limits.commandMs) => {
      const copy = createClient(clientOptions(url, commandMs));
      copy.on('error', () => undefined);
      return copy;
    },
    close: async () => {
      closed = true;
      if (!client.isOpen) return;
      // What was sent is let finish, for a moment: a close never waits on a connection that answers nothing.
      if (client.isReady) await bounded(client.close()).catch(() => undefined);
      if (client.isOpen) client.destroy();
    },
  };
}
