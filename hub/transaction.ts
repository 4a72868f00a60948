import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` on a connection of the pool held for it. A connection lost meanwhile (the server restarted, the
 * session was ended) fails the work, never the process, and is thrown away rather than given back to the pool;
 * `work` may also ask for that (`discard`) when it leaves the connection in a state not fit to reuse.
 */
export async function withClient<T>(
  pool: Pool,
  work: (client: PoolClient, discard: (error: Error) => void) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const discard = (error: Error) => {
    lost ??= error;
  };
  client.on('error', discard);
  try {
    return await work(client, discard);
  } finally {
    client.off('error', discard);
    client.release(lost);
  }
}

/** Runs `work` in one transaction on a connection of its own: committed if it returns, rolled back if it throws. */
export function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return withClient(pool, async (client, discard) => {
    await client.query('begin');
    try {
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(discard);
      throw error;
    }
  });
}
