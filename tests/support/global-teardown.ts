import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __pglite?: { db: PGlite; server: PGLiteSocketServer } }).__pglite;
  if (!embedded) return;
  await embedded.server.stop();
  await embedded.db.close();
}
