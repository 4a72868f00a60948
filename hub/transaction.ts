import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction on a connection of its own: committed if it returns, rolled back if it throws.
 * A connection lost while held (the server restarted, the session was ended) fails the work, never the process,
 * and is thrown away rather than given back to the pool.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost = error;
  };
  client.on('error', onError);
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch((failed: Error) => (lost ??= failed));
    throw error;
  } finally {
    client.off('error', onError);
    client.release(lost);
  }
}
