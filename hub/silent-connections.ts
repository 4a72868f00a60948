import type { Socket } from 'node:net';
import { Pool, type Client } from 'pg';

/** How long connecting to a database whose sessions have no statement timeout may take. */
const CONNECT_WITHOUT_LIMIT_MS = 5_000;
/** How much longer than its statement timeout a serving session may wait for a byte of an answer. */
const SILENCE_MARGIN_MS = 2_000;

/**
 * How long a session of `url` (a servingUrl) may wait in silence for an answer before it is given up on: its
 * statement timeout, after which PostgreSQL itself answers with an error, and a margin for the way back. None
 * for a session without a statement timeout (migrations, loads, the embedded database): its statements may run
 * long.
 */
export function silenceLimitMs(url: string): number | undefined {
  const options = new URL(url).searchParams.get('options') ?? '';
  const statementMs = Number(/statement_timeout=(\d+)/.exec(options)?.[1] ?? 0);
  return statementMs > 0 ? statementMs + SILENCE_MARGIN_MS : undefined;
}

/**
 * Ends a connection that has waited `limitMs` for an answer with not one byte arriving: a database that stalls
 * (frozen, or cut off without the connection closing) never answers, and nothing else would end the wait. PostgreSQL
 * ends a slow statement itself (statement_timeout), so a working database is never cut. The connection's pool
 * sees it end and replaces it, and the work on it fails, instead of both waiting for ever.
 */
export function endWhenSilent(client: Client, limitMs: number): void {
  const connection = client as unknown as { readyForQuery: boolean; connection: { stream: Socket } };
  const socket = connection.connection.stream;
  let heard = Date.now();
  let busySince: number | undefined;
  socket.on('data', () => {
    heard = Date.now();
  });
  const watch = setInterval(
    () => {
      if (connection.readyForQuery) {
        busySince = undefined;
        return;
      }
      const now = Date.now();
      busySince ??= now;
      if (now - Math.max(heard, busySince) < limitMs) return;
      clearInterval(watch);
      socket.destroy(new Error(`no answer from the database in ${limitMs} ms`));
    },
    Math.min(1_000, limitMs / 4),
  );
  watch.unref();
  client.once('end', () => clearInterval(watch));
}

/**
 * A pool of sessions to `url` (a servingUrl) that gives up on a database that stops answering: connecting, and
 * waiting for an answer, each end after its silence limit (silenceLimitMs) instead of waiting for ever. Without
 * one (the embedded database), connecting still gives up after 5 s.
 */
export function servingPool(url: string, max: number): Pool {
  const limitMs = silenceLimitMs(url);
  const pool = new Pool({ connectionString: url, max, connectionTimeoutMillis: limitMs ?? CONNECT_WITHOUT_LIMIT_MS });
  if (limitMs !== undefined) pool.on('connect', (client) => endWhenSilent(client, limitMs));
  return pool;
}
