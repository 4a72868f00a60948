import { randomInt } from 'node:crypto';
import { createClient } from 'redis';
import { inProcessKeyValue, redisKeyValue } from '../../hub/kv';
import { CHANGE_HORIZON_SECONDS, createEpochs } from '../../policy/epochs';

// Change counters on real Redis: each change gives a value never seen before, and no counter is kept for good.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** A NIK of this run alone: the Redis is shared with the other suites. */
const nik = String(3_201_010_000_000_000 + randomInt(1e9));

describe('change counters', () => {
  it('move to a value never held before on every change, and expire a horizon after the last one', async () => {
    const prefix = `c360-test-${randomInt(1e9)}:`;
    const kv = await redisKeyValue(REDIS_URL, prefix);
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      const epochs = createEpochs(kv);
      const seen = [(await epochs.read([nik])).people[nik]];
      expect(seen[0]).toBe('0');
      for (let i = 0; i < 3; i += 1) {
        await epochs.peopleChanged([nik]);
        seen.push((await epochs.read([nik])).people[nik]);
      }
      expect(new Set(seen).size).toBe(4);
      // Under the deployment's prefix, as every key.
      const ttl = await raw.ttl(`${prefix}epoch:nik:${nik}`);
      expect(ttl).toBeGreaterThan(CHANGE_HORIZON_SECONDS - 60);
      expect(ttl).toBeLessThanOrEqual(CHANGE_HORIZON_SECONDS);
      await raw.del(`${prefix}epoch:nik:${nik}`);
    } finally {
      await raw.close();
      await kv.close();
    }
  });

  it('do the same in one process', async () => {
    const epochs = createEpochs(inProcessKeyValue());
    const before = (await epochs.read([nik])).people[nik];
    await epochs.peopleChanged([nik]);
    const after = (await epochs.read([nik])).people[nik];
    await epochs.peopleChanged([nik]);
    expect(new Set([before, after, (await epochs.read([nik])).people[nik]]).size).toBe(3);
  });
});
