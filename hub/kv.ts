import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { createLogger, errorFields } from './log';

const log = createLogger('kv');

/** The few key-value operations the hub's caches need, on Redis or in this process. */
export interface KeyValue {
  readonly kind: 'in-process' | 'redis';
  get(key: string): Promise<string | null>;
  /** Missing keys read as null. */
  getMany(keys: readonly string[]): Promise<(string | null)[]>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Gives each key a value it has never held before (a fresh random token), kept for `ttlSeconds`. */
  mark(keys: readonly string[], ttlSeconds: number): Promise<void>;
  /** Adds 1 to a counter that lives `ttlSeconds` from its first increment, atomically; returns the new count. */
  increment(key: string, ttlSeconds: number): Promise<number>;
  /** Adds members to a set that lives `ttlSeconds` from its first member, atomically; returns its size. */
  addMembers(key: string, members: readonly string[], ttlSeconds: number): Promise<number>;
  /** How many members a set holds (0 when there is none). */
  countMembers(key: string): Promise<number>;
  close(): Promise<void>;
}

/** One process (`npm start`): a Map with expiry. */
export function inProcessKeyValue(): KeyValue {
  const values = new Map<string, { value: string; expires: number }>();
  const sets = new Map<string, { members: Set<string>; expires: number }>();
  const liveSet = (key: string) => {
    const entry = sets.get(key);
    if (entry && entry.expires <= Date.now()) {
      sets.delete(key);
      return undefined;
    }
    return entry;
  };
  const read = (key: string) => {
    const entry = values.get(key);
    if (!entry) return null;
    if (entry.expires <= Date.now()) {
      values.delete(key);
      return null;
    }
    return entry.value;
  };
  return {
    kind: 'in-process',
    get: async (key) => read(key),
    getMany: async (keys) => keys.map(read),
    set: async (key, value, ttlSeconds) => {
      values.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
    },
    mark: async (keys, ttlSeconds) => {
      const value = randomUUID();
      for (const key of keys) values.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
    },
    increment: async (key, ttlSeconds) => {
      const current = read(key);
      const count = (current === null ? 0 : Number(current)) + 1;
      const expires = current === null ? Date.now() + ttlSeconds * 1000 : values.get(key)!.expires;
      values.set(key, { value: String(count), expires });
      return count;
    },
    addMembers: async (key, members, ttlSeconds) => {
      let entry = liveSet(key);
      if (!entry) {
        entry = { members: new Set(), expires: Date.now() + ttlSeconds * 1000 };
        sets.set(key, entry);
      }
      for (const member of members) entry.members.add(member);
      return entry.members.size;
    },
    countMembers: async (key) => liveSet(key)?.members.size ?? 0,
    close: async () => {
      values.clear();
      sets.clear();
    },
  };
}

/** Redis, every key under `prefix` (the deployment's, config REDIS_PREFIX): one Redis can serve many hubs. */
export async function redisKeyValue(url: string, prefix = ''): Promise<KeyValue> {
  const client = createClient({ url });
  client.on('error', (error: unknown) => log.warn('redis connection error', errorFields(error)));
  await client.connect();
  const at = (key: string) => `${prefix}${key}`;
  return {
    kind: 'redis',
    get: (key) => client.get(at(key)),
    getMany: async (keys) => (keys.length === 0 ? [] : client.mGet(keys.map(at))),
    set: async (key, value, ttlSeconds) => {
      await client.set(at(key), value, { expiration: { type: 'EX', value: ttlSeconds } });
    },
    mark: async (keys, ttlSeconds) => {
      if (keys.length === 0) return;
      const value = randomUUID();
      const batch = client.multi();
      for (const key of keys) batch.set(at(key), value, { expiration: { type: 'EX', value: ttlSeconds } });
      await batch.exec();
    },
    increment: async (key, ttlSeconds) => {
      const [count] = await client.multi().incr(at(key)).expire(at(key), ttlSeconds, 'NX').exec();
      return Number(count);
    },
    addMembers: async (key, members, ttlSeconds) => {
      if (members.length === 0) return client.sCard(at(key));
      const replies = await client
        .multi()
        .sAdd(at(key), [...members])
        .expire(at(key), ttlSeconds, 'NX')
        .sCard(at(key))
        .exec();
      return Number(replies[2]);
    },
    countMembers: (key) => client.sCard(at(key)),
    close: () => client.close(),
  };
}

/** Redis when REDIS_URL is configured, the in-process store otherwise (shared by everything in `npm start`). */
export function openKeyValue(redisUrl: string | undefined, prefix = ''): Promise<KeyValue> {
  return redisUrl ? redisKeyValue(redisUrl, prefix) : Promise.resolve(inProcessKeyValue());
}
