import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { connectorsOrmConfig } from '../../connectors/mikro-orm.config';
import { migrate } from '../../app/migrate';
import { SUBGRAPHS } from '../../app/subgraphs';

export interface TestDatabase {
  url: string;
  /** A small pool on the suite's database for fixtures and assertions; `drop()` ends it. */
  pool: Pool;
  drop(): Promise<void>;
}

/**
 * A pool whose idle connections may be closed under it (the server restarting, a database dropped) without
 * taking the test process down: pg emits such errors on the pool, and an unheard 'error' event is fatal.
 */
function openPool(url: string): Pool {
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on('error', (error) => process.stderr.write(`test pool: idle connection closed (${error.message})\n`));
  return pool;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A database of the suite's own, migrated. On PostgreSQL: a fresh database per suite, dropped afterwards.
 * On the PGlite fallback (one database, suites run one at a time): every subgraph's schema is dropped and
 * re-migrated, which gives the same isolation.
 */
export async function createTestDatabase(
  name: string,
  options: {
    /** Migrates it (e.g. with the compiled `migrate.js`, as a container would). Default: the sources' migrate. */
    migrateWith?: (url: string) => Promise<void>;
    /** The PostgreSQL server to create it on (a connection string to its `postgres` database). Default: the suites'. */
    server?: string;
  } = {},
): Promise<TestDatabase> {
  const migrateWith = options.migrateWith ?? migrate;
  const adminUrl = options.server ?? process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: run the suites through `npm test`');
  if (process.env.TEST_DATABASE_MODE === 'pglite' && !options.server) {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    for (const ormConfig of [...SUBGRAPHS.map((s) => s.ormConfig), connectorsOrmConfig]) {
      const schema = ormConfig(adminUrl).schema;
      await client.query(`drop schema if exists "${schema}" cascade`);
    }
    await client.end();
    await migrateWith(adminUrl);
    const pool = openPool(adminUrl);
    return { url: adminUrl, pool, drop: () => pool.end() };
  }
  const database = `${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  await admin.end();
  const url = withDatabase(adminUrl, database);
  await migrateWith(url);
  const pool = openPool(url);
  return {
    url,
    pool,
    drop: async () => {
      await pool.end();
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists "${database}" with (force)`);
      await client.end();
    },
  };
}
