import { createClient } from 'redis';
import { within } from './within';

/** The connections to Redis the hub makes (hub/redis.ts), to one server or to the master Sentinels name. */

export type RedisClient = ReturnType<typeof createClient>;

/** Redis did not answer in time, or the connection is down: the caller goes on without it. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

/** A connection's silence (no reply, no ping answer) for this long closes it; it then reconnects. */
const SILENT_SOCKET_MS = 3_000;
const PING_MS = 1_000;

/**
 * One connection, connecting as soon as it is made and made again whenever it is lost. With one server the same
 * client reconnects, keeping its subscriptions; with Sentinels each connection is a new client, made at the
 * master they name then, so what was set up on the last one (a subscription, a consumer group) is set up again
 * from `onReady`.
 */
export interface RedisLink {
  /** The client while the connection is up; undefined while it is down. */
  readonly client: RedisClient | undefined;
  /** Called with the client each time the connection is (re)made. */
  onReady(listener: (client: RedisClient) => void): void;
  /** Drops the connection and makes a new one (for one said to be up that answers nothing). */
  replace(): void;
  /** Drops the connection for good, after letting what was sent finish for up to `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

export interface Address {
  host: string;
  port: number;
}

/**
 * `commandMs`: each command's own time limit, for connections whose commands are not run through `run` (which
 * bounds them itself: a limit per command costs a timer and an abort signal per call, 0.1 ms of CPU per request
 * in the gateway's quota under load, bench S4).
 */
export function clientOptions(commandMs?: number) {
  return {
    disableOfflineQueue: true,
    pingInterval: PING_MS,
    ...(commandMs === undefined ? {} : { commandOptions: { timeout: commandMs } }),
  };
}

export const SOCKET = { connectTimeout: SILENT_SOCKET_MS, socketTimeout: SILENT_SOCKET_MS };

/** Always again, never giving up: 50 ms doubling to 2 s, with jitter. */
const backoff = (retries: number) => Math.min(50 * 2 ** retries, 2_000) + Math.floor(Math.random() * 100);

/** What was sent is let finish, for a moment: a close never waits on a connection that answers nothing. */
async function letFinish(client: RedisClient | undefined, graceMs: number): Promise<void> {
  if (client?.isReady && graceMs > 0) await within(client.close(), graceMs, () => new Error()).catch(() => undefined);
}

/** One server: one client, reconnecting by itself. */
export function serverLink(url: string, commandMs: number | undefined, onError: (error: unknown) => void): RedisLink {
  const readyListeners: ((client: RedisClient) => void)[] = [];
  let closed = false;
  const open = () => {
    const made = createClient({ url, ...clientOptions(commandMs), socket: { ...SOCKET, reconnectStrategy: backoff } });
    made.on('error', onError);
    made.on('ready', () => {
      for (const listener of readyListeners) listener(made);
    });
    void made.connect().catch(() => undefined);
    return made;
  };
  let client = open();
  return {
    get client() {
      return client.isReady ? client : undefined;
    },
    onReady: (listener) => void readyListeners.push(listener),
    replace: () => {
      if (client.isOpen) client.destroy();
      if (!closed) client = open();
    },
    close: async (graceMs = 0) => {
      closed = true;
      await letFinish(client, graceMs);
      if (client.isOpen) client.destroy();
    },
  };
}

/**
 * A connection made anew each time it is lost, at the address `locate` gives then (its clients never reconnect
 * by themselves: the next connection may have to go elsewhere). `prepare` runs on each before it is handed out;
 * `moveTo` drops one that is not at `address` and makes the next one there, without asking `locate`.
 */
export function remadeLink(
  locate: () => Promise<Address | undefined>,
  connect: (address: Address) => RedisClient,
  prepare: (client: RedisClient, address: Address) => Promise<unknown>,
  onError: (error: unknown) => void,
): RedisLink & { moveTo(address: Address): void } {
  const readyListeners: ((client: RedisClient) => void)[] = [];
  let closed = false;
  let made: { client: RedisClient; address: Address } | undefined;
  let current: RedisClient | undefined;
  let hint: Address | undefined;
  let wake: () => void = () => undefined;
  const drop = () => {
    if (made?.client.isOpen) made.client.destroy();
  };
  const keep = async () => {
    for (let retries = 0; !closed;) {
      // A new master announced while the Sentinels were being asked is where the connection goes.
      const located = hint ? undefined : await locate();
      const address = hint ?? located;
      hint = undefined;
      if (address && !closed) {
        const client = connect(address);
        made = { client, address };
        const lost = new Promise<void>((gone) => {
          client.on('error', (error: unknown) => {
            onError(error);
            if (!client.isOpen) gone();
          });
          client.on('end', gone);
        });
        try {
          // A client dropped while it connects (moveTo, close) never settles its connect: `lost` says so.
          if (!(await Promise.race([client.connect().then(() => true), lost.then(() => false)])))
            throw new Error('connection dropped while being made');
          await prepare(client, address);
          if (!client.isReady) throw new Error('connection lost while being prepared');
          current = client;
          retries = 0;
          for (const listener of readyListeners) listener(client);
          await lost;
        } catch (error) {
          onError(error);
        }
        current = undefined;
        drop();
        made = undefined;
      }
      if (!closed) {
        await new Promise<void>((woken) => {
          const timer = setTimeout(woken, backoff(retries));
          wake = () => {
            clearTimeout(timer);
            woken();
          };
        });
        retries += 1;
      }
    }
  };
  void keep();
  return {
    get client() {
      return current?.isReady ? current : undefined;
    },
    onReady: (listener) => void readyListeners.push(listener),
    replace: drop,
    moveTo: (address) => {
      if (made && made.address.host === address.host && made.address.port === address.port) return;
      hint = address;
      drop();
      wake();
    },
    close: async (graceMs = 0) => {
      closed = true;
      wake();
      await letFinish(current, graceMs);
      drop();
    },
  };
}
