import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type EntityManager, type Knex, type Options } from '@mikro-orm/postgresql';
import type { Constructor, EntityClass, EntityKey, EntityMetadata, MigrationObject } from '@mikro-orm/core';
import type { Client, QueryResult } from 'pg';
import { createLogger, errorFields } from './log';
import { endWhenSilent, silenceLimitMs } from './silent-connections';

const log = createLogger('database');

/** The pool of a subgraph's ORM. */
export interface PoolOptions {
  /** Most connections held at once. Default 10. */
  readonly poolMax?: number;
  /**
   * How long a query waits for a free connection before it fails with a KnexTimeoutError (answered as
   * DATABASE_TIMEOUT). Default 60,000.
   */
  readonly acquireTimeoutMs?: number;
  /**
   * Streaming replicas of the database, each its own pool of the same size. Only the reads that ask for a replica
   * go there (`plainRows`' and `plainEntities`' `replica`); every other query, `find` included, stays on the
   * primary, so what a request writes or decides on (consent, rules, the access log) is never read from a copy
   * that may lag.
   */
  readonly replicaUrls?: readonly string[];
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
      replicas: (options.replicaUrls ?? []).map((clientUrl, i) => ({
        name: `replica-${i + 1}`,
        clientUrl,
        ...startupOptions(clientUrl),
      })),
      preferReadReplicas: false,
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

/** What the plain reads use of knex's client: its pool (or, in a transaction, the transaction's connection). */
interface PooledClient {
  acquireConnection(): Promise<Client>;
  releaseConnection(connection: Client): Promise<unknown>;
  emit(event: 'query', query: { sql: string; bindings: readonly unknown[]; method: 'raw' }): boolean;
}

/** A plain read waiting for the turn of the event loop to go to the database with the request's others. */
interface WaitingRead {
  readonly sql: string;
  done(rows: Record<string, unknown>[]): void;
  failed(error: unknown): void;
}

/** Each request's reads of this turn of the event loop, by its entity manager: those for the primary, for a replica. */
const waitingReads = {
  primary: new WeakMap<EntityManager, WaitingRead[]>(),
  replica: new WeakMap<EntityManager, WaitingRead[]>(),
};
/** Entity managers whose reads go one statement each (the benchmark's unbatched reference). */
const readingAlone = new WeakSet<EntityManager>();

/** The entity manager's plain reads go to the database one statement each, never several in one query. */
export function readAlone(em: EntityManager): void {
  readingAlone.add(em);
}

/** Replicas passed over for the primary since a read failed on them, until a probe finds them answering. */
const resting = new WeakSet<Knex>();
/** How often a resting replica is probed (`select 1`, in the background: no request waits on it). */
const REPLICA_PROBE_MS = 1_000;

/**
 * Passes `replica` over from now on, and probes it in the background until it answers again: a replica that fails
 * (down, or silent until its connections are given up on) costs the reads that were on it, not every read after.
 */
function rest(replica: Knex, error: unknown): void {
  if (resting.has(replica)) return;
  resting.add(replica);
  log.warn('database replica failed a read: reading from the primary until it answers', errorFields(error));
  const probe = () =>
    setTimeout(() => {
      // An ORM closed meanwhile has no pool left to probe with.
      if (!(replica.client as { pool?: unknown }).pool) return void resting.delete(replica);
      replica.raw('select 1').then(() => {
        resting.delete(replica);
        log.info('database replica answers again');
      }, probe);
    }, REPLICA_PROBE_MS).unref();
  probe();
}

/**
 * Sends statements on a connection of `client`'s pool (or of its transaction) as one simple-protocol query and
 * gives each statement's result. A session the server ended (SQLSTATE class 08 or 57P: terminated, shut down) or
 * a connection that broke is thrown away, not given back to the pool for the next read to fail on; knex may hear
 * of its end too late.
 */
async function query(client: PooledClient, reads: readonly WaitingRead[]): Promise<QueryResult[]> {
  let connection: Client | undefined;
  try {
    connection = await client.acquireConnection();
    for (const read of reads) client.emit('query', { sql: read.sql, bindings: [], method: 'raw' });
    const result = await connection.query(reads.map((read) => read.sql).join(';\n'));
    return reads.length === 1 ? [result] : (result as unknown as QueryResult[]);
  } catch (error) {
    const state = (error as { code?: unknown }).code;
    if (connection && (typeof state !== 'string' || /^(08|57P)/.test(state)))
      (connection as { __knex__disposed?: unknown }).__knex__disposed = error;
    throw error;
  } finally {
    if (connection) void client.releaseConnection(connection);
  }
}

/** How long a read waits for a replica before the primary is asked too (well under a subgraph call's 3 s). */
const REPLICA_PATIENCE_MS = 1_000;

/**
 * Sends reads on a connection of the ORM's pool, of its current transaction, or of a replica's pool, as one query,
 * and gives each its rows. Errors are converted as `find`'s are (a lost connection as MikroORM's
 * ConnectionException, a full pool as knex's timeout, and so on), so that the errors' mapping (schema/errors.ts)
 * tells a lost database from a fault of the hub; one statement failing fails them all.
 *
 * On a replica, a lost copy costs the primary some reads, never an answer: reads the replica cannot serve (it is
 * unreachable, it ended the session, or it cancelled the read to replay the primary's changes, 40001), or has not
 * answered within REPLICA_PATIENCE_MS (it stalls, or is dying), are sent to the primary, whichever answers first
 * being taken; and a replica that failed is passed over until it answers again (`rest`).
 */
async function sendReads(em: EntityManager, reads: readonly WaitingRead[], replica = false): Promise<void> {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  const replicaKnex = em.getKnex('read');
  const onReplica = !transaction && replica && replicaKnex !== em.getKnex('write') && !resting.has(replicaKnex);
  let settled = false;
  const answer = (results: QueryResult[]) => {
    if (settled) return;
    settled = true;
    reads.forEach((read, i) => read.done(results[i].rows));
  };
  const fail = (error: unknown) => {
    if (settled) return;
    settled = true;
    const converted = em.getDriver().convertException(error as Error);
    for (const read of reads) read.failed(converted);
  };
  if (!onReplica) {
    await query((transaction ?? em.getKnex('write')).client as PooledClient, reads).then(answer, fail);
    return;
  }
  const onPrimary = () => {
    if (settled) return;
    settled = true;
    void sendReads(em, reads);
  };
  const patience = setTimeout(() => {
    rest(replicaKnex, new Error(`no answer in ${REPLICA_PATIENCE_MS} ms`));
    onPrimary();
  }, REPLICA_PATIENCE_MS);
  try {
    answer(await query(replicaKnex.client as PooledClient, reads));
  } catch (error) {
    const state = (error as { code?: unknown }).code;
    const sqlState = typeof state === 'string' && /^[0-9A-Z]{5}$/.test(state);
    if (sqlState && !/^(08|57P|40001)/.test(state)) return fail(error);
    if (state !== '40001') rest(replicaKnex, error);
    onPrimary();
  } finally {
    clearTimeout(patience);
  }
}

export interface PlainReadOptions {
  /**
   * The read may be served by a streaming replica (PoolOptions `replicaUrls`), which may lag the primary: for the
   * agencies' records a profile shows, which change by loads and imports, never for what the hub itself writes
   * and reads back. Without replicas, or in a transaction, it goes to the primary; so it does when the replica
   * fails it (unreachable, silent, or cancelling it to replay), the replica then passed over until it answers.
   */
  readonly replica?: boolean;
}

/**
 * Plain rows of one read (`?` placeholders): no entity hydration, no identity map, and no knex query, for the
 * hot read paths where those cost more than the statement (bench S10). The values are written into the
 * statement as MikroORM writes them (its platform's quoting) and it goes as a simple-protocol query: bound
 * parameters cost PostgreSQL half as much again per profile (S10), and named prepared statements do not survive
 * a transaction-mode pooler. The reads one request makes in one turn of the event loop (its loaders' batches
 * side by side) go together, as one query of several statements on one connection: one round trip, not one
 * each. In a transaction, each goes on its own, on the transaction's connection. The pool's limits and the
 * session's timeouts are the ORM's; knex's `query` event is emitted for each statement, so what counts them
 * counts these.
 */
export function plainRows(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  options: PlainReadOptions = {},
): Promise<Record<string, unknown>[]> {
  return new Promise((done, failed) => {
    const read = { sql: em.getPlatform().formatQuery(sql, [...params]), done, failed };
    // Without replicas, those that may go to one go with the rest.
    const replica = options.replica === true && em.getKnex('read') !== em.getKnex('write');
    if (em.getTransactionContext() || readingAlone.has(em)) {
      void sendReads(em, [read], replica);
      return;
    }
    const batches = waitingReads[replica ? 'replica' : 'primary'];
    const waiting = batches.get(em);
    if (waiting) {
      waiting.push(read);
      return;
    }
    const reads = [read];
    batches.set(em, reads);
    setImmediate(() => {
      batches.delete(em);
      void sendReads(em, reads, replica);
    });
  });
}

/** `column in (?, ?, ...)`, one parameter per value: what PostgreSQL plans cheapest for a handful of keys. */
export function inParams(column: string, values: readonly unknown[]): string {
  return `${column} in (${values.map(() => '?').join(', ')})`;
}

type JsonRow = Record<string, unknown>;
type RowReader = (json: JsonRow) => Record<string, unknown>;

const rowReaders = new WeakMap<EntityMetadata, RowReader>();

/**
 * How an entity's row, as `row_to_json` gives it, becomes an object shaped as MikroORM hydrates the entity: each
 * column under its property's name, embeddables nested, a many-to-one as a reference holding its key, datetimes as
 * Dates; collections are left out (their resolvers load them). Built once per entity from its metadata.
 */
function rowReader(meta: EntityMetadata): RowReader {
  let read = rowReaders.get(meta);
  if (read) return read;
  const steps: Array<(json: JsonRow, into: JsonRow) => void> = [];
  for (const prop of meta.props) {
    if (prop.kind === 'embedded' || prop.kind === '1:m' || prop.kind === 'm:n' || prop.persist === false) continue;
    const column = prop.fieldNames[0];
    // JSON numbers cannot carry every bigint or numeric exactly: such columns stay with `find`.
    if (/^(big|int8|numeric|decimal)/.test(prop.columnTypes[0] ?? '')) {
      throw new Error(`${meta.className}.${prop.name}: a ${prop.columnTypes[0]} column is not read as JSON`);
    }
    const key = prop.kind === 'm:1' ? prop.targetMeta!.primaryKeys[0] : undefined;
    const value: (v: unknown) => unknown =
      key !== undefined
        ? (v) => (v == null ? null : { [key]: v })
        : prop.runtimeType === 'Date'
          ? (v) => (v == null ? null : new Date(v as string))
          : (v) => v ?? null;
    const path = prop.embedded as [string, string] | undefined;
    steps.push(
      path === undefined
        ? (json, into) => void (into[prop.name] = value(json[column]))
        : (json, into) => void (((into[path[0]] ??= {}) as JsonRow)[path[1]] = value(json[column])),
    );
  }
  read = (json) => {
    const into: JsonRow = {};
    for (const step of steps) step(json, into);
    return into;
  };
  rowReaders.set(meta, read);
  return read;
}

/**
 * Entities of one table read as plain objects (see `rowReader`) in one statement, without `find`'s hydration and
 * identity map: for the profile path's reads, where they cost more than the query (bench S10). `where` and
 * `orderBy` name the table's columns as `t.<column>`; `join` names one many-to-one to read in the same statement,
 * as `find`'s joined strategy would. The objects are for reading: writes load entities.
 */
export async function plainEntities<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  query: { where: string; params: readonly unknown[]; orderBy?: string; join?: keyof T & string } & PlainReadOptions,
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity.name);
  const read = rowReader(meta);
  const joined = query.join === undefined ? undefined : meta.properties[query.join as EntityKey<T>];
  const table = (m: EntityMetadata) => `${m.schema ? `${m.schema}.` : ''}${m.tableName}`;
  // The joined row is looked up by its key for each row read (a correlated subquery): as a join, the planner
  // hashed the whole joined table for a hundred rows (8,313 facilities for 100 memberships: 3.6 ms against 1.1).
  const sql = joined
    ? `select row_to_json(t) as t, (select row_to_json(j) from ${table(joined.targetMeta!)} j
        where j.${joined.targetMeta!.getPrimaryProps()[0].fieldNames[0]} = t.${joined.fieldNames[0]}) as j
        from ${table(meta)} t`
    : `select row_to_json(t) as t from ${table(meta)} t`;
  const rows = await plainRows(
    em,
    `${sql} where ${query.where}${query.orderBy ? ` order by ${query.orderBy}` : ''}`,
    query.params,
    { replica: query.replica },
  );
  if (!joined) return rows.map((row) => read(row.t as JsonRow) as T);
  const readJoined = rowReader(joined.targetMeta!);
  return rows.map((row) => {
    const into = read(row.t as JsonRow);
    if (row.j != null) into[joined.name] = readJoined(row.j as JsonRow);
    return into as T;
  });
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
