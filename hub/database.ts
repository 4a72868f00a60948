import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

interface Database {
  /** A postgres:// URL every part of the hub (MikroORM, pg, COPY) connects with. */
  readonly url: string;
  /** True when this is the embedded PGlite, which serves one query at a time (see STACK.md pitfall 11). */
  readonly embedded: boolean;
  close(): Promise<void>;
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
