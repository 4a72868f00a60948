import { createClient } from 'redis';
import { redisChangeFeed, type ChangeNotice } from '../../hub/change-feed';
import { redisKeyValue } from '../../hub/kv';
import { redisPubSub } from '../../hub/pubsub';
import { startRedisSentinel, type SentinelRedis } from '../support/redis-sentinel';

// Redis as a master and a replica watched by Sentinels (REDIS_URL redis-sentinel://...): the hub finds the master
// through them and follows a failover, planned (a promotion) or not (a crash). While it moves, calls fail at once,
// as with Redis away; after it, keys, messages and change notices go through the new master.

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Whether `attempt` comes true within `times` tries, 100 ms apart (a try that throws is a false one). */
async function eventually(times: number, attempt: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < times; i += 1) {
    if (await attempt().catch(() => false)) return true;
    await pause(100);
  }
  return false;
}

/** `key` read on one server directly, not through the hub's connections. */
async function readOn(url: string, key: string): Promise<string | null> {
  const client = createClient({ url, socket: { reconnectStrategy: false } });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await client.get(key);
  } finally {
    client.destroy();
  }
}

/** Whether a server no longer accepts connections. */
const refuses = (url: string) =>
  readOn(url, 'any').then(
    () => false,
    () => true,
  );

const notice = (id: string): ChangeNotice => ({ id, eventId: `event-${id}`, nik: '3273010101900001', kind: 'DIED' });

/** The hub's three uses of Redis through one redis-sentinel:// URL, with a listener and a consumer started. */
async function openHub(redis: SentinelRedis, name: string) {
  const prefix = `c360-test-sentinel-${name}-${process.pid}:`;
  const kv = await redisKeyValue(redis.url, prefix);
  const pubsub = await redisPubSub(redis.url, prefix);
  const feed = await redisChangeFeed(redis.url, `${prefix}changes`);
  const heard: string[] = [];
  await pubsub.subscribe('news', (message) => void heard.push(message));
  const consumed = new Set<string>();
  const stopConsuming = await feed.consume('sentinel-test', async (notices) => {
    for (const { id } of notices) consumed.add(id);
  });
  return {
    prefix,
    kv,
    pubsub,
    feed,
    heard,
    consumed,
    close: async () => {
      await stopConsuming();
      await Promise.all([kv.close(), pubsub.close(), feed.close()]);
    },
  };
}

describe('Redis behind Sentinels: a planned promotion of the replica', () => {
  let redis: SentinelRedis;
  let hub: Awaited<ReturnType<typeof openHub>>;

  beforeAll(async () => {
    redis = await startRedisSentinel();
    hub = await openHub(redis, 'promotion');
  }, 30_000);

  afterAll(async () => {
    await hub?.close();
    await redis?.stop();
  }, 15_000);

  it('serves keys, messages and change notices on the master the Sentinels name', async () => {
    await hub.kv.set('before', 'one', 60);
    expect(await hub.kv.get('before')).toBe('one');
    expect(await readOn(redis.masterUrl, `${hub.prefix}before`)).toBe('one');
    await hub.pubsub.publish('news', 'before');
    await hub.feed.publish([notice('before')]);
    expect(await eventually(50, async () => hub.heard.includes('before'))).toBe(true);
    expect(await eventually(50, async () => hub.consumed.has('before'))).toBe(true);
  });

  it('fails calls during the promotion only as Redis being away, and writes to the new master after it', async () => {
    const failures: Error[] = [];
    let loading = true;
    const load = (async () => {
      for (let i = 0; loading; i += 1) {
        await hub.kv.set(`load-${i}`, String(i), 60).catch((error: Error) => void failures.push(error));
        await pause(20);
      }
    })();
    await redis.promote();
    const landed = await eventually(100, async () => {
      await hub.kv.set('after', 'two', 60);
      return (await readOn(redis.replicaUrl, `${hub.prefix}after`)) === 'two';
    });
    loading = false;
    await load;
    expect(landed).toBe(true);
    expect(await hub.kv.get('after')).toBe('two');
    expect(failures.map((error) => error.name)).toEqual(failures.map(() => 'RedisUnavailableError'));
  }, 30_000);

  it('lets a subscription made before the failover hear a message published after it', async () => {
    // Pub/sub is best effort: a message published while the subscriber is moving is not heard; one after is.
    const heard = await eventually(100, async () => {
      await hub.pubsub.publish('news', 'after');
      await pause(50);
      return hub.heard.includes('after');
    });
    expect(heard).toBe(true);
  }, 30_000);

  it('hands notices published after the failover to a consumer started before it', async () => {
    await hub.feed.publish([notice('after-1'), notice('after-2')]);
    expect(await eventually(150, async () => hub.consumed.has('after-1') && hub.consumed.has('after-2'))).toBe(true);
  }, 30_000);
});

describe('Redis behind Sentinels: the master crashes', () => {
  let redis: SentinelRedis;
  let hub: Awaited<ReturnType<typeof openHub>>;

  beforeAll(async () => {
    redis = await startRedisSentinel();
    hub = await openHub(redis, 'crash');
  }, 30_000);

  afterAll(async () => {
    await hub?.close();
    await redis?.stop();
  }, 15_000);

  it('writes to the elected replica, and delivers the notices published while there was no master', async () => {
    await hub.kv.set('before', 'one', 60);
    expect(await hub.kv.get('before')).toBe('one');
    let electing = true;
    const elected = redis.killMaster().finally(() => (electing = false));
    expect(await eventually(50, () => refuses(redis.masterUrl))).toBe(true);
    // Published while the Sentinels elect the replica: kept in this process, added once the new master is found.
    const during: string[] = [];
    while (electing) {
      during.push(`during-${during.length}`);
      await hub.feed.publish([notice(during[during.length - 1])]);
      await pause(100);
    }
    await elected;
    const landed = await eventually(100, async () => {
      await hub.kv.set('after', 'two', 60);
      return (await readOn(redis.replicaUrl, `${hub.prefix}after`)) === 'two';
    });
    expect(landed).toBe(true);
    expect(await hub.kv.get('after')).toBe('two');
    await hub.feed.publish([notice('after')]);
    expect(during.length).toBeGreaterThan(0);
    const expected = [...during, 'after'];
    expect(await eventually(150, async () => expected.every((id) => hub.consumed.has(id)))).toBe(true);
  }, 45_000);
});
