import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { inProcessChangeFeed, redisChangeFeed, type ChangeFeed, type ChangeNotice } from '../../hub/change-feed';

// The population change feed over real Redis Streams, and in one process.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const stream = `c360:test-changes:${randomBytes(4).toString('hex')}`;
const notice = (id: number): ChangeNotice => ({
  id: String(id),
  eventId: `DKC-${id}`,
  nik: '3201011501990001',
  kind: 'ADDRESS_CHANGED',
});

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('the change feed on Redis Streams', () => {
  const feeds: ChangeFeed[] = [];
  const open = async () => {
    const feed = await redisChangeFeed(REDIS_URL, stream);
    feeds.push(feed);
    return feed;
  };

  afterAll(async () => {
    await Promise.all(feeds.map((f) => f.close()));
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    await client.del(stream);
    await client.close();
  });

  it("keeps a group's notices while none of its processes listens, and hands each to one of them once", async () => {
    const publisher = await open();
    const first = await open();
    const heard: string[] = [];
    const stop = await first.consume('licensing', async (notices) => {
      heard.push(...notices.map((n) => n.id));
    });
    await publisher.publish([notice(1)]);
    await until(() => heard.length === 1, 'the first notice');
    await stop();

    // Told while licensing was down: waiting when it comes back.
    await publisher.publish([notice(2), notice(3)]);
    const second = await open();
    const third = await open();
    const [a, b]: string[][] = [[], []];
    await second.consume('licensing', async (notices) => {
      a.push(...notices.map((n) => n.id));
    });
    await third.consume('licensing', async (notices) => {
      b.push(...notices.map((n) => n.id));
    });
    await publisher.publish([notice(4)]);
    await until(() => a.length + b.length === 3, 'notices 2, 3 and 4');
    expect([...a, ...b].sort()).toEqual(['2', '3', '4']);
    expect(heard).toEqual(['1']);
  });

  it('hands a notice over again when its handler failed', async () => {
    const feed = await open();
    let attempts = 0;
    const handled: string[] = [];
    await feed.consume('flaky', async (notices) => {
      attempts += 1;
      if (attempts === 1) throw new Error('database away');
      handled.push(...notices.map((n) => n.id));
    });
    await feed.publish([notice(5)]);
    await until(() => handled.length === 1, 'the notice, the second time');
    expect(handled).toEqual(['5']);
    expect(attempts).toBe(2);
  });
});

describe('the change feed in one process', () => {
  it('tells every group, and a failing group does not stop the others', async () => {
    const feed = inProcessChangeFeed();
    const heard: string[] = [];
    await feed.consume('broken', async () => {
      throw new Error('no');
    });
    await feed.consume('licensing', async (notices) => {
      heard.push(...notices.map((n) => n.eventId));
    });
    await feed.publish([notice(7)]);
    expect(heard).toEqual(['DKC-7']);
  });
});
