import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { redisKeyValue, type KeyValue } from '../../hub/kv';
import { QuotaCounter, type ClientQuota } from '../../policy/quota';

// Quota counts on real Redis: shared by every gateway process, atomic under concurrent requests, holding no NIK,
// and, when Redis stops answering, counted in the process instead: never unlimited.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const QUOTA: ClientQuota = { requestsPerMinute: 40, personsPerHour: 1_000, personsPerDay: 5_000 };
/** Keys of this run alone: the Redis is shared with the other suites. */
const prefix = `c360-test-${randomBytes(4).toString('hex')}:`;
const open: KeyValue[] = [];

async function gatewayProcess(timeoutMs?: number): Promise<QuotaCounter> {
  const kv = await redisKeyValue(REDIS_URL);
  open.push(kv);
  return new QuotaCounter({ kv, prefix, secret: 's'.repeat(32), timeoutMs });
}

afterAll(async () => {
  const raw = createClient({ url: REDIS_URL });
  await raw.connect();
  for (const key of await raw.keys(`${prefix}*`)) await raw.del(key);
  await raw.close();
  for (const kv of open) await kv.close();
});

describe('quota counts on Redis', () => {
  it('are shared by two gateway processes and exact under 60 concurrent requests', async () => {
    // A long timeout: on a loaded machine a slow answer would (rightly) make a process count alone.
    const [a, b] = [await gatewayProcess(10_000), await gatewayProcess(10_000)];
    const verdicts = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a : b).admit('shared-client', QUOTA)),
    );
    expect(verdicts.filter((v) => v.kind === 'within')).toHaveLength(40);
    expect(verdicts.filter((v) => v.kind === 'over')).toHaveLength(20);
  });

  it('count persons once each, across processes, and keep no NIK', async () => {
    const [a, b] = [await gatewayProcess(10_000), await gatewayProcess(10_000)];
    const quota = { ...QUOTA, personsPerHour: 3 };
    await a.record('people-client', ['3204120101800001', '3204124203830002']);
    await b.record('people-client', ['3204120101800001', '3204121007050003']);
    expect(await a.admit('people-client', quota)).toMatchObject({ kind: 'over', limit: 'personsPerHour' });
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      const keys = await raw.keys(`${prefix}quota:{people-client}:persons*`);
      expect(keys.length).toBe(2);
      for (const key of keys) {
        const members = await raw.sMembers(key);
        expect(members).toHaveLength(3);
        expect(members.join(' ')).not.toMatch(/[0-9]{16}/);
        expect(await raw.ttl(key)).toBeGreaterThan(0);
      }
      // The request counter of the minute ends with its minute, too.
      const [counter] = await raw.keys(`${prefix}quota:{people-client}:requestsPerMinute*`);
      expect(Number(await raw.get(counter))).toBe(1);
      expect(await raw.ttl(counter)).toBeGreaterThan(0);
      expect(await raw.ttl(counter)).toBeLessThanOrEqual(60);
    } finally {
      await raw.close();
    }
  });

  it("count a request's persons in the client's next check, which writes them in its own round trip", async () => {
    const kv = await redisKeyValue(REDIS_URL);
    open.push(kv);
    const calls: string[] = [];
    const counted = new Proxy(kv, {
      get: (target, name: keyof KeyValue) => {
        const value = target[name];
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(name));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const counter = new QuotaCounter({ kv: counted, prefix, secret: 's'.repeat(32), timeoutMs: 10_000 });
    const quota = { ...QUOTA, personsPerHour: 2 };
    expect(await counter.admit('next-client', quota)).toEqual({ kind: 'within' });
    // Not awaited, as the gateway records them: the next check carries them, before it counts.
    const written = counter.record('next-client', ['3204120101800001', '3204124203830002']);
    expect(await counter.admit('next-client', quota)).toMatchObject({ kind: 'over', limit: 'personsPerHour' });
    await written;
    expect(calls).toEqual(['incrementAndCount', 'incrementAndCount']);
  });

  it('write the persons no check carried when the process closes', async () => {
    const counter = await gatewayProcess(10_000);
    void counter.record('closing-client', ['3204120101800001', '3204124203830002', '3204121007050003']);
    await counter.flush();
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      const keys = await raw.keys(`${prefix}quota:{closing-client}:persons*`);
      expect(keys.length).toBe(2);
      for (const key of keys) expect(await raw.sCard(key)).toBe(3);
    } finally {
      await raw.close();
    }
  });

  it('count every person of racing requests once, across two processes, none lost', async () => {
    const [a, b] = [await gatewayProcess(10_000), await gatewayProcess(10_000)];
    const niks = Array.from({ length: 40 }, (_, i) => `3204120101${String(800_001 + i)}`);
    // Each request is counted, then records its own person and the first one again, while the others run.
    await Promise.all(
      niks.map(async (nik, i) => {
        const counter = i % 2 === 0 ? a : b;
        expect(await counter.admit('race-client', QUOTA)).toEqual({ kind: 'within' });
        void counter.record('race-client', [nik, niks[0]]);
      }),
    );
    await Promise.all([a.flush(), b.flush()]);
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      const keys = await raw.keys(`${prefix}quota:{race-client}:persons*`);
      expect(keys.length).toBe(2);
      for (const key of keys) expect(await raw.sCard(key)).toBe(40);
    } finally {
      await raw.close();
    }
  });

  it('count the persons a stalled Redis did not take in the process, so the ceiling still holds', async () => {
    const counter = await gatewayProcess(100);
    const quota = { ...QUOTA, personsPerHour: 3 };
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      await raw.sendCommand(['CLIENT', 'PAUSE', '2000', 'ALL']);
      void counter.record('stalled-people', ['3204120101800001', '3204124203830002', '3204121007050003']);
      // The check that carries them gets no answer in time: they are counted here instead, not dropped.
      expect(await counter.admit('stalled-people', quota)).toMatchObject({ kind: 'over', limit: 'personsPerHour' });
      expect(await counter.admit('stalled-people', quota)).toMatchObject({ kind: 'over', limit: 'personsPerHour' });
    } finally {
      await raw.sendCommand(['CLIENT', 'UNPAUSE']).catch(() => undefined);
      await raw.close();
    }
  });

  it('fall back to the process when Redis stops answering, still refusing over the quota', async () => {
    const counter = await gatewayProcess(100);
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      // Redis holds every client's commands for 2 s: a stall, not a refusal.
      await raw.sendCommand(['CLIENT', 'PAUSE', '2000', 'ALL']);
      const verdicts = [];
      for (let i = 0; i < 45; i += 1) verdicts.push(await counter.admit('stalled-client', QUOTA));
      expect(verdicts.filter((v) => v.kind === 'within')).toHaveLength(40);
      expect(verdicts.slice(40).every((v) => v.kind === 'over')).toBe(true);
    } finally {
      await raw.sendCommand(['CLIENT', 'UNPAUSE']).catch(() => undefined);
      await raw.close();
    }
  });
});
