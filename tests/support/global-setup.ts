import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Runs once before all suites. With PostgreSQL reachable (always in CI) there is nothing to do: each suite
 * creates its own database. Otherwise an in-memory PGlite is started here, where it can live (inside a test
 * file it needs --experimental-vm-modules), and its URL handed to the suites through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_MODE !== 'pglite') return;
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
  await server.start();
  process.env.TEST_DATABASE_URL = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  (globalThis as { __pglite?: { db: PGlite; server: PGLiteSocketServer } }).__pglite = { db, server };
  process.stderr.write('\nPostgreSQL not reachable: database suites run on embedded PGlite, one at a time.\n');
}
