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
  /** Adds one to each counter (a missing one counts from 0), atomically per key. */
  increment(keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** One process (`npm start`): a Map with expiry. */
export function inProcessKeyValue(): KeyValue {
  const values = new Map<string, { value: string; expires: number }>();
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
    increment: async (keys) => {
      for (const key of keys) values.set(key, { value: String(Number(read(key) ?? 0) + 1), expires: Number.POSITIVE_INFINITY });
    },
    close: async () => {
      values.clear();
    },
  };
}

export async function redisKeyValue(url: string): Promise<KeyValue> {
  const client = createClient({ url });
  client.on('error', (error: unknown) => log.warn('redis connection error', errorFields(error)));
  await client.connect();
  return {
    kind: 'redis',
    get: (key) => client.get(key),
    getMany: async (keys) => (keys.length === 0 ? [] : client.mGet([...keys])),
    set: async (key, value, ttlSeconds) => {
      await client.set(key, value, { expiration: { type: 'EX', value: ttlSeconds } });
    },
    increment: async (keys) => {
      if (keys.length === 0) return;
      const batch = client.multi();
      for (const key of keys) batch.incr(key);
      await batch.exec();
    },
    close: () => client.close(),
  };
}

/** Redis when REDIS_URL is configured, the in-process store otherwise (shared by everything in `npm start`). */
export function openKeyValue(redisUrl: string | undefined): Promise<KeyValue> {
  return redisUrl ? redisKeyValue(redisUrl) : Promise.resolve(inProcessKeyValue());
}
