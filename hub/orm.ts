import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type EntityManager, type Options } from '@mikro-orm/postgresql';
import type { Constructor, MigrationObject } from '@mikro-orm/core';
import type { Client } from 'pg';
import { endWhenSilent, silenceLimitMs } from './silent-connections';

/** The pool of a subgraph's ORM. */
export interface PoolOptions {
  /** Most connections held at once. Default 10. */
  readonly poolMax?: number;
  /**
   * How long a query waits for a free connection before it fails with a KnexTimeoutError (answered as
   * DATABASE_TIMEOUT). Default 60,000.
   */
  readonly acquireTimeoutMs?: number;
}

/**
 * MikroORM configuration for one subgraph: its own PostgreSQL schema, its entities, and its migrations listed
 * explicitly (no file globbing, so the same list works from TypeScript sources and compiled output). Schemas
 * are never synchronised at run time; migrations are tracked in `<schema>.mikro_orm_migrations`.
 */
export function subgraphOrmConfig(schema: string, entities: Constructor<unknown>[], migrations: MigrationObject[]) {
  return (databaseUrl: string, options: PoolOptions = {}): Options =>
    defineConfig({
      clientUrl: databaseUrl,
      // MikroORM reads host, user and database from the URL, not its startup `options` (the session timeouts
      // of hub/database.ts servingUrl): they are handed to the driver as they are.
      ...startupOptions(databaseUrl),
      schema,
      entities,
      // A schema of SQL-only tables (the connectors' bookkeeping) has migrations and no entities.
      discovery: { warnWhenNoEntities: entities.length > 0 },
      extensions: [Migrator],
      pool: {
        min: 0,
        max: options.poolMax ?? 10,
        acquireTimeoutMillis: options.acquireTimeoutMs ?? 60_000,
        // A connection to a database that stopped answering is ended, not waited on for ever (hub/database.ts).
        afterCreate: (connection: Client, done: (error: Error | null, connection: Client) => void) => {
          const limitMs = silenceLimitMs(databaseUrl);
          if (limitMs !== undefined) endWhenSilent(connection, limitMs);
          done(null, connection);
        },
      },
      allowGlobalContext: false,
      ensureDatabase: false,
      migrations: {
        tableName: `${schema}.mikro_orm_migrations`,
        migrationsList: migrations,
        transactional: true,
        allOrNothing: true,
        snapshot: false,
        silent: true,
      },
    });
}

function startupOptions(databaseUrl: string): Pick<Options, 'driverOptions'> {
  const options = new URL(databaseUrl).searchParams.get('options');
  // Connecting to a serving session gives up when waiting for its answers would (hub/silent-connections.ts).
  const connectionTimeoutMillis = silenceLimitMs(databaseUrl);
  return options || connectionTimeoutMillis
    ? { driverOptions: { connection: { ...(options ? { options } : {}), connectionTimeoutMillis } } }
    : {};
}

/** Raw SQL (`?` placeholders) inside the entity manager's current transaction: for writers outside the ORM. */
export function transactionExecutor(
  em: EntityManager,
): (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]> {
  return (sql, params) => em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
}

/**
 * Plain rows of one read through the entity manager's connection (`?` placeholders): no entity hydration, no
 * identity map, for the hot read paths where MikroORM's `find` costs more than the query (bench S10). Its errors
 * are converted as `find`'s are.
 */
export async function plainRows(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<Record<string, unknown>[]> {
  try {
    return await em.getConnection().execute(sql, [...params], 'all', em.getTransactionContext());
  } catch (error) {
    // As `find` would throw it (a lost connection as MikroORM's ConnectionException, and so on), so that the
    // errors' mapping (schema/errors.ts) tells a lost database from a fault of the hub.
    throw em.getDriver().convertException(error as Error);
  }
}

/** `column in (?, ?, ...)`, one parameter per value: what PostgreSQL plans cheapest for a handful of keys. */
export function inParams(column: string, values: readonly unknown[]): string {
  return `${column} in (${values.map(() => '?').join(', ')})`;
}

/** How a subgraph's ORM uses its pool now: connections in use and idle, and queries waiting for one. */
export function ormPoolUse(em: EntityManager): () => { total: number; idle: number; waiting: number } {
  const pool = (
    em.getKnex().client as {
      pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number };
    }
  ).pool;
  return () => {
    const used = pool?.numUsed() ?? 0;
    const idle = pool?.numFree() ?? 0;
    return { total: used + idle, idle, waiting: pool?.numPendingAcquires() ?? 0 };
  };
}
