import { servingUrl } from '../../hub/database';
import { servingPool, silenceLimitMs } from '../../hub/silent-connections';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';

// A database that stops answering without closing its connections (frozen, or cut off on the way): the work
// waiting on a connection fails once nothing has come back for longer than its statements may run, and the pool
// serves again by itself when the database answers again.
let database: TestDatabase;
let proxy: FaultProxy;

beforeAll(async () => {
  database = await createTestDatabase('silent_connections');
  const url = new URL(database.url);
  proxy = await startFaultProxy({ host: url.hostname, port: Number(url.port || 5432) });
});

afterAll(async () => {
  await proxy?.close();
  await database?.drop();
});

const timeouts = { statementMs: 300, lockMs: 200, idleInTransactionMs: 0 };

it('gives a serving session its statement timeout and a margin; none to a session without one', () => {
  expect(silenceLimitMs(servingUrl(database.url, timeouts))).toBe(2_300);
  expect(silenceLimitMs(database.url)).toBeUndefined();
});

it('ends a connection that hears nothing, fails its query, and serves again once the database answers', async () => {
  const pool = servingPool(servingUrl(proxy.via(database.url), timeouts), 1);
  pool.on('error', () => undefined);
  try {
    expect((await pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    // A connection open and idle when the database stops answering.
    proxy.set({ kind: 'stall' });
    await expect(pool.query('select 2')).rejects.toThrow('no answer from the database in 2300 ms');
    // A connection opened while it does not answer.
    await expect(pool.query('select 3')).rejects.toThrow(/timeout/);
    proxy.set({ kind: 'pass' });
    expect((await pool.query('select 4 as four')).rows).toEqual([{ four: 4 }]);
    // A slow statement is PostgreSQL's to end (statement_timeout), not taken for silence.
    await expect(pool.query('select pg_sleep(1)')).rejects.toMatchObject({ code: '57014' });
  } finally {
    proxy.set({ kind: 'pass' });
    await pool.end();
  }
});
