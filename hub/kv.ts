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
  /**
   * In one atomic step (one round trip): adds `members` to each set in `sets` (each living its `ttlSeconds` from
   * its first member), adds 1 to `counter`, which lives `ttlSeconds` from its first increment, and reads the size
   * of each set (0 for one there is none of). Returns the new count, then the sizes.
   */
  incrementAndCount(
    counter: string,
    ttlSeconds: number,
    sets: readonly { key: string; ttlSeconds: number }[],
    members?: readonly string[],
  ): Promise<number[]>;
  /** Adds members to each set, which lives its `ttlSeconds` from its first member, in one atomic step. */
  addMembers(sets: readonly { key: string; ttlSeconds: number }[], members: readonly string[]): Promise<void>;
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
  const addTo = (keys: readonly { key: string; ttlSeconds: number }[], members: readonly string[]) => {
    if (members.length === 0) return;
    for (const { key, ttlSeconds } of keys) {
      let entry = liveSet(key);
      if (!entry) {
        entry = { members: new Set(), expires: Date.now() + ttlSeconds * 1000 };
        sets.set(key, entry);
      }
      for (const member of members) entry.members.add(member);
    }
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
    incrementAndCount: async (counter, ttlSeconds, keys, members = []) => {
      addTo(keys, members);
      const current = read(counter);
      const count = (current === null ? 0 : Number(current)) + 1;
      const expires = current === null ? Date.now() + ttlSeconds * 1000 : values.get(counter)!.expires;
      values.set(counter, { value: String(count), expires });
      return [count, ...keys.map(({ key }) => liveSet(key)?.members.size ?? 0)];
    },
    addMembers: async (keys, members) => addTo(keys, members),
    close: async () => {
      values.clear();
      sets.clear();
    },
  };
}

/**
 * KEYS: a counter, then sets; ARGV: the counter's lifetime in seconds, each set's, then members. The members go
 * into every set first (a set's lifetime starts with its first member), then the counter goes up by one (its
 * lifetime starts with its first increment); returns its new value and each set's size. One script: one round
 * trip, atomic.
 */
const INCREMENT_AND_COUNT = `local sets = #KEYS - 1
if #ARGV > 1 + sets then
  for i = 2, #KEYS do
    redis.call('SADD', KEYS[i], unpack(ARGV, 2 + sets))
    redis.call('EXPIRE', KEYS[i], ARGV[i], 'NX')
  end
end
local counts = { redis.call('INCR', KEYS[1]) }
redis.call('EXPIRE', KEYS[1], ARGV[1], 'NX')
for i = 2, #KEYS do counts[i] = redis.call('SCARD', KEYS[i]) end
return counts`;

/** KEYS: sets; ARGV: each set's lifetime in seconds, then the members to add to every one of them. */
const ADD_MEMBERS = `for i = 1, #KEYS do
  redis.call('SADD', KEYS[i], unpack(ARGV, #KEYS + 1))
  redis.call('EXPIRE', KEYS[i], ARGV[i], 'NX')
end
return #KEYS`;

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
    incrementAndCount: (counter, ttlSeconds, keys, members = []) =>
      redis.run(async (client) =>
        (
          (await client.eval(INCREMENT_AND_COUNT, {
            keys: [counter, ...keys.map(({ key }) => key)].map(at),
            arguments: [String(ttlSeconds), ...keys.map((key) => String(key.ttlSeconds)), ...members],
          })) as number[]
        ).map(Number),
      ),
    addMembers: async (keys, members) => {
      if (keys.length === 0 || members.length === 0) return;
      await redis.run((client) =>
        client.eval(ADD_MEMBERS, {
          keys: keys.map(({ key }) => at(key)),
          arguments: [...keys.map(({ ttlSeconds }) => String(ttlSeconds)), ...members],
        }),
      );
    },
    close: () => redis.close(),
  };
}

/** Redis when REDIS_URL is configured, the in-process store otherwise (shared by everything in `npm start`). */
export function openKeyValue(redisUrl: string | undefined, prefix = '', limits?: RedisLimits): Promise<KeyValue> {
  return redisUrl ? redisKeyValue(redisUrl, prefix, limits) : Promise.resolve(inProcessKeyValue());
}
