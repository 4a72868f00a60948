import { randomUUID } from 'node:crypto';
import { createLogger, errorFields } from './log';
import { connectRedis, RedisUnavailableError, type RedisLimits } from './redis';

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

/**
 * Redis, every key under `prefix` (the deployment's, config REDIS_PREFIX): one Redis can serve many hubs. Every
 * call is bounded (hub/redis.ts) and fails with RedisUnavailableError while Redis is away, except `mark`: a mark
 * that cannot be written is kept and written as soon as Redis is back, before anything else is asked of it, so
 * what it invalidates is never trusted again.
 */
export async function redisKeyValue(url: string, prefix = '', limits?: RedisLimits): Promise<KeyValue> {
  const redis = await connectRedis(url, 'key-value', limits);
  const at = (key: string) => `${prefix}${key}`;
  // Marks owed: the keys and the longest lifetime asked for.
  const owed = new Map<string, number>();
  const writeMarks = (keys: readonly string[], ttlSeconds: number) =>
    redis.run(async (client) => {
      const value = randomUUID();
      const batch = client.multi();
      for (const key of keys) batch.set(at(key), value, { expiration: { type: 'EX', value: ttlSeconds } });
      await batch.exec();
    });
  const payOwed = async () => {
    if (owed.size === 0) return;
    const due = [...owed];
    owed.clear();
    const ttl = Math.max(...due.map(([, seconds]) => seconds));
    try {
      await writeMarks(
        due.map(([key]) => key),
        ttl,
      );
      log.info('change marks written after redis came back', { keys: due.length });
    } catch {
      for (const [key, seconds] of due) owed.set(key, Math.max(seconds, owed.get(key) ?? 0));
    }
  };
  redis.onReady(() => void payOwed());
  // Nothing is read while marks are owed: a value they would have invalidated must not be trusted meanwhile.
  const settled = async () => {
    await payOwed();
    if (owed.size > 0) throw new RedisUnavailableError('change marks not written yet');
  };
  return {
    kind: 'redis',
    get: async (key) => {
      await settled();
      return redis.run((client) => client.get(at(key)));
    },
    getMany: async (keys) => {
      if (keys.length === 0) return [];
      await settled();
      return redis.run((client) => client.mGet(keys.map(at)));
    },
    set: async (key, value, ttlSeconds) => {
      await redis.run((client) => client.set(at(key), value, { expiration: { type: 'EX', value: ttlSeconds } }));
    },
    mark: async (keys, ttlSeconds) => {
      if (keys.length === 0) return;
      try {
        await payOwed();
        await writeMarks(keys, ttlSeconds);
      } catch (error) {
        for (const key of keys) owed.set(key, Math.max(ttlSeconds, owed.get(key) ?? 0));
        log.warn('change marks kept until redis is back', { keys: keys.length, ...errorFields(error) });
      }
    },
    increment: (key, ttlSeconds) =>
      redis.run(async (client) => {
        const [count] = await client.multi().incr(at(key)).expire(at(key), ttlSeconds, 'NX').exec();
        return Number(count);
      }),
    addMembers: (key, members, ttlSeconds) =>
      redis.run(async (client) => {
        if (members.length === 0) return client.sCard(at(key));
        const replies = await client
          .multi()
          .sAdd(at(key), [...members])
          .expire(at(key), ttlSeconds, 'NX')
          .sCard(at(key))
          .exec();
        return Number(replies[2]);
      }),
    countMembers: (key) => redis.run((client) => client.sCard(at(key))),
    close: () => redis.close(),
  };
}

/** Redis when REDIS_URL is configured, the in-process store otherwise (shared by everything in `npm start`). */
export function openKeyValue(redisUrl: string | undefined, prefix = '', limits?: RedisLimits): Promise<KeyValue> {
  return redisUrl ? redisKeyValue(redisUrl, prefix, limits) : Promise.resolve(inProcessKeyValue());
}
