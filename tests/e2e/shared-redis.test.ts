import { createClient } from 'redis';
import { readConfig } from '../../hub/config';
import { openKeyValue, type KeyValue } from '../../hub/kv';
import { CACHE_HEADER } from '../../gateway/plugins/response-cache';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// Two hubs on two databases, one Redis: each keeps to its own keys (the prefix derived from its database), so
// neither is ever answered from the other's cache.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const hubs: { database: TestDatabase; kv: KeyValue; stack: Stack; prefix: string }[] = [];
let nik: string;

beforeAll(async () => {
  for (const name of ['shared_redis_a', 'shared_redis_b']) {
    const database = await createTestDatabase(name);
    // The same seed: the same NIKs in both, as two regions' hubs would share some people's numbers.
    await seedPopulation(database.pool, { citizens: 100, seed: 'shared-redis' });
    const { redisPrefix: prefix } = readConfig({ DATABASE_URL: database.url, REDIS_URL });
    const kv = await openKeyValue(REDIS_URL, prefix);
    const stack = await startStack(database.url, { kv, responseCacheTtlSeconds: 60 });
    hubs.push({ database, kv, stack, prefix });
  }
  [nik] = await sampleNiks(hubs[0].database.pool, 1);
  await hubs[1].database.pool.query(`update population.citizen set full_name = 'Nama Hanya Di B' where nik = $1`, [
    nik,
  ]);
}, 180_000);

afterAll(async () => {
  for (const hub of hubs) {
    await hub.stack.stop();
    await hub.kv.close();
    await hub.database.drop();
  }
});

it('answers each hub from its own data and its own cache, with every key under its own prefix', async () => {
  const [a, b] = hubs;
  expect(a.prefix).not.toBe(b.prefix);
  // A query of this run's own, so no earlier run's entry can answer it.
  const read = (hub: (typeof hubs)[number]) =>
    hub.stack.post(`query Shared${process.pid}($n: NIK!) { citizen(nik: $n) { fullName } }`, { n: nik });
  const first = await read(a);
  expect((await read(a)).headers.get(CACHE_HEADER)).toBe('hit');
  const fromB = await read(b);
  expect(fromB.headers.get(CACHE_HEADER)).toBe('miss');
  expect(fromB.body.data.citizen.fullName).toBe('Nama Hanya Di B');
  expect(first.body.data.citizen.fullName).not.toBe('Nama Hanya Di B');
  const raw = createClient({ url: REDIS_URL });
  await raw.connect();
  try {
    for (const hub of hubs) expect((await raw.keys(`${hub.prefix}answer:*`)).length).toBeGreaterThan(0);
    expect(await raw.keys('answer:*')).toEqual([]);
  } finally {
    await raw.close();
  }
});
