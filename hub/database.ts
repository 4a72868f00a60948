import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { DatabaseTimeouts } from './config';
import { lockDataDir } from './data-dir-lock';

interface Database {
  /** A postgres:// URL every part of the hub (MikroORM, pg, COPY) connects with. */
  readonly url: string;
  /** True when this is the embedded PGlite, which serves one query at a time (see STACK.md pitfall 11). */
  readonly embedded: boolean;
  close(): Promise<void>;
}

/**
 * The URL the pools that serve requests connect with: PostgreSQL's statement, lock and idle-in-transaction
 * timeouts set on every session they open (the `options` startup parameter), so that a stalled or locked
 * database ends a statement with an error instead of holding a request. Not for the embedded database: it is
 * one session shared by every connection (and ignores startup options).
 */
export function servingUrl(url: string, timeouts: DatabaseTimeouts): string {
  const parsed = new URL(url);
  const settings = [
    parsed.searchParams.get('options'),
    `-c statement_timeout=${timeouts.statementMs}`,
    `-c lock_timeout=${timeouts.lockMs}`,
    `-c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`,
  ];
  parsed.searchParams.set('options', settings.filter(Boolean).join(' '));
  return parsed.toString();
}

/**
 * Opens the configured PostgreSQL: `databaseUrl` when given, otherwise an embedded PGlite whose files live in
 * `dataDir` (they survive restarts), served on a free loopback port through pglite-socket so that the rest of
 * the hub talks the ordinary wire protocol and cannot tell the two apart. One process at a time: another that
 * has the files open (a running hub, while `npm run seed` or `npm run import` starts) makes this refuse.
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir?: string } = {}): Promise<Database> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, close: async () => undefined };
  }
  const dataDir = options.dataDir ?? '.data/pglite';
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const db = await PGlite.create(dataDir);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
      embedded: true,
      close: async () => {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
