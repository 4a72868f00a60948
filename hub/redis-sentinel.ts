import { createClient } from 'redis';
import { createLogger } from './log';
import { clientOptions, remadeLink, RedisUnavailableError, SOCKET, type Address, type RedisLink } from './redis-link';
import { within } from './within';

const log = createLogger('redis');

/** Longest wait for one Sentinel's answer (connection included) before the next one is asked. */
const SENTINEL_MS = 500;

/** A redis-sentinel:// URL read: the Sentinels to ask, the master's name, and how to log in to the master. */
interface SentinelTarget {
  sentinels: readonly Address[];
  master: string;
  username: string | undefined;
  password: string | undefined;
  database: number;
}

/** How a redis-sentinel:// URL is written, for the errors that refuse one. */
const SENTINEL_FORM = 'redis-sentinel://[[user]:password@]host:port[,host:port...]/master-name[?db=N]';

/**
 * A `redis-sentinel://[[user]:password@]host:port[,host:port...]/master-name[?db=N]` URL read; undefined for a
 * redis:// or rediss:// URL. A malformed one is refused with what is wrong in it (hub/config.ts says so at start).
 */
export function sentinelTarget(url: string): SentinelTarget | undefined {
  const parts = /^redis-sentinel:\/\/(?:([^@/]*)@)?([^/?#]*)(.*)$/.exec(url);
  if (!parts) return undefined;
  const [, login, hosts, rest] = parts;
  const refuse = (what: string) => new Error(`${what}: ${SENTINEL_FORM}`);
  if (!hosts) throw refuse('names no Sentinel');
  const sentinels = hosts.split(',').map((sentinel) => {
    const [, host, port] = /^([^:]+):(\d{1,5})$/.exec(sentinel) ?? [];
    if (!host || !(Number(port) >= 1 && Number(port) <= 65535))
      throw refuse(`has a Sentinel "${sentinel}" without a port from 1 to 65535`);
    return { host, port: Number(port) };
  });
  // The host list is no URL host; the rest (login, path, query) is read as one.
  const parsed = new URL(`redis://${login === undefined ? '' : `${login}@`}sentinels${rest}`);
  const master = decodeURIComponent(parsed.pathname.slice(1));
  if (!master || master.includes('/')) throw refuse('names no master');
  if (parsed.search && !/^\?db=\d+$/.test(parsed.search)) throw refuse('takes no option but db=N');
  return {
    sentinels,
    master,
    username: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: Number(parsed.searchParams.get('db') ?? 0),
  };
}

/** The master last found for each set of Sentinels: a failover is logged once per process, not per connection. */
const mastersSeen = new Map<string, string>();

/** The Sentinels of a redis-sentinel:// URL, asked for the master before each connection and heard announce moves. */
interface Sentinels {
  /** The master's address from the first Sentinel, in the URL's order, to answer; undefined when none does. */
  locate(): Promise<Address | undefined>;
  /** Calls `listener` with each new master a Sentinel announces; returns the function that stops it. */
  onMoved(listener: (master: Address) => void): () => void;
  close(): void;
}

export function watchSentinels(target: SentinelTarget): Sentinels {
  const key = `${target.sentinels.map(({ host, port }) => `${host}:${port}`).join(',')}/${target.master}`;
  const found = (master: Address) => {
    const address = `${master.host}:${master.port}`;
    const before = mastersSeen.get(key);
    mastersSeen.set(key, address);
    if (before !== undefined && before !== address) log.warn('redis master moved', { master: target.master, address });
  };
  const sentinelClient = ({ host, port }: Address) =>
    createClient({
      ...clientOptions(),
      socket: { ...SOCKET, host, port, connectTimeout: SENTINEL_MS, reconnectStrategy: false },
    });
  const locate = async () => {
    for (const sentinel of target.sentinels) {
      const client = sentinelClient(sentinel);
      client.on('error', () => undefined);
      const asked = (async () => {
        await client.connect();
        return client.sendCommand(['SENTINEL', 'GET-MASTER-ADDR-BY-NAME', target.master]);
      })();
      const reply = await within(asked, SENTINEL_MS, () => new RedisUnavailableError('sentinel silent')).catch(
        () => undefined,
      );
      if (client.isOpen) client.destroy();
      if (Array.isArray(reply) && reply.length === 2) {
        const master = { host: String(reply[0]), port: Number(reply[1]) };
        found(master);
        return master;
      }
    }
    return undefined;
  };
  // Failovers are heard as they happen (+switch-master), on one Sentinel at a time, the next one when it is lost.
  const listeners = new Set<(master: Address) => void>();
  let turn = 0;
  const watch = remadeLink(
    async () => target.sentinels[turn++ % target.sentinels.length],
    sentinelClient,
    (client) =>
      client.subscribe('+switch-master', (message) => {
        const [name, , , host, port] = message.split(' ');
        if (name !== target.master) return;
        const master = { host, port: Number(port) };
        found(master);
        for (const listener of listeners) listener(master);
      }),
    () => undefined,
  );
  return {
    locate,
    onMoved: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: () => void watch.close(),
  };
}

/**
 * The master the Sentinels name: asked before each connection, which is checked to be a master (the Sentinels
 * can name one a moment before it is promoted, or a crashed one back before they demote it), and dropped for the
 * new master when they announce a failover.
 */
export function masterLink(
  target: SentinelTarget,
  sentinels: Sentinels,
  commandMs: number | undefined,
  onError: (error: unknown) => void,
): RedisLink {
  const link = remadeLink(
    sentinels.locate,
    ({ host, port }) =>
      createClient({
        ...clientOptions(commandMs),
        username: target.username,
        password: target.password,
        database: target.database,
        socket: { ...SOCKET, host, port, reconnectStrategy: false },
      }),
    async (client, { host, port }) => {
      const [role] = (await client.sendCommand(['ROLE'])) as [string];
      if (role !== 'master') throw new RedisUnavailableError(`${host}:${port} is not the master but a ${role}`);
    },
    onError,
  );
  const unwatch = sentinels.onMoved(link.moveTo);
  const close = link.close;
  link.close = (graceMs) => {
    unwatch();
    return close(graceMs);
  };
  return link;
}
