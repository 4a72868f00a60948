import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { transactionExecutor } from '../../hub/orm';
import { toClientError } from '../../schema/errors';
import { populationOrmConfig } from '../../subgraphs/population/mikro-orm.config';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// A database that holds a lock or stalls a statement ends the statement with PostgreSQL's own timeouts (set on
// every serving session): the request answers 503 DATABASE_TIMEOUT, names no SQL, and the hub recovers by itself.
let database: TestDatabase;
let stack: Stack;
let nik: string;

beforeAll(async () => {
  database = await createTestDatabase('database_timeouts');
  await seedPopulation(database.pool, { citizens: 50, seed: 'database-timeouts' });
  [nik] = await sampleNiks(database.pool, 1);
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const READ = 'query ($n: NIK!) { citizen(nik: $n) { fullName } }';

it('answers 503 DATABASE_TIMEOUT while a lock is held elsewhere, and serves again once it is released', async () => {
  const holder = new Client({ connectionString: database.url });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query('lock table population.citizen in access exclusive mode');
    const locked = await stack.post(READ, { n: nik });
    expect(locked.status).toBe(503);
    expect(locked.body.data?.citizen ?? null).toBeNull();
    expect(locked.body.errors![0].extensions).toMatchObject({ code: 'DATABASE_TIMEOUT', reason: 'lock timeout' });
    expect(JSON.stringify(locked.body)).not.toMatch(/select|population\.|pg_|57014|55P03/i);
  } finally {
    await holder.query('rollback').catch(() => undefined);
    await holder.end();
  }
  const after = await stack.post(READ, { n: nik });
  expect(after.status).toBe(200);
  expect(typeof after.body.data.citizen.fullName).toBe('string');
});

it('withholds personal data with 503 while the access log is locked, instead of waiting on it', async () => {
  const holder = new Client({ connectionString: database.url });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query('lock table audit.access_event in access exclusive mode');
    const locked = await stack.post(READ, { n: nik });
    expect(locked.status).toBe(503);
    expect(locked.body.errors![0].extensions!.code).toBe('ACCESS_LOG_UNAVAILABLE');
    expect(JSON.stringify(locked.body)).not.toContain(nik);
  } finally {
    await holder.query('rollback').catch(() => undefined);
    await holder.end();
  }
  expect((await stack.post(READ, { n: nik })).status).toBe(200);
});

it('tells a statement cut by its timeout as DATABASE_TIMEOUT, without the SQL', () => {
  const error = Object.assign(
    new Error('select * from population.citizen - canceling statement due to statement timeout'),
    {
      code: '57014',
    },
  );
  const { error: client, masked } = toClientError({ message: error.message }, { originalError: error });
  expect(masked).toBe(false);
  expect(client).toEqual({
    message: 'The database did not answer in time (statement timeout): try again',
    extensions: { code: 'DATABASE_TIMEOUT', reason: 'statement timeout' },
  });
});

it('tells a query that found no free connection in time as DATABASE_TIMEOUT, instead of waiting a minute', async () => {
  const orm = await MikroORM.init(populationOrmConfig(database.url, { poolMax: 1, acquireTimeoutMs: 200 }));
  const holder = orm.em.fork() as EntityManager;
  await holder.begin();
  try {
    // Through knex, and through MikroORM (which converts the error and keeps only its message).
    const waiting = [
      (orm.em.fork() as EntityManager).getKnex().raw('select 1'),
      (orm.em.fork() as EntityManager).getConnection().execute('select 1'),
    ];
    for (const query of waiting) {
      const error = await query.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeDefined();
      const { error: client, masked } = toClientError({ message: 'Internal server error' }, { originalError: error });
      expect(masked).toBe(false);
      expect(client.extensions).toEqual({ code: 'DATABASE_TIMEOUT', reason: 'no free connection' });
    }
  } finally {
    await holder.rollback();
    await orm.close(true);
  }
});

it('tells a query whose session was ended under it as DATABASE_UNAVAILABLE, not an internal error', async () => {
  const orm = await MikroORM.init(populationOrmConfig(database.url, { poolMax: 1 }));
  try {
    // In a transaction, so the query must use the session that was ended (the pool would open another).
    const em = orm.em.fork() as EntityManager;
    await em.begin();
    const execute = transactionExecutor(em);
    const [{ pid }] = await execute('select pg_backend_pid() as pid', []);
    await database.pool.query('select pg_terminate_backend($1)', [pid]);
    const error = await execute('select 1', []).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    await em.rollback().catch(() => undefined);
    expect(error).toBeDefined();
    const { error: client, masked } = toClientError(
      { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { originalError: error },
    );
    expect(masked).toBe(false);
    expect(client).toEqual({
      message: 'The database could not be reached: try again',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    // What pg-pool and pg say when connecting times out or the client is broken: the same.
    for (const message of [
      'timeout exceeded when trying to connect',
      'Client has encountered a connection error and is not queryable',
    ])
      expect(toClientError({ message: 'Internal server error' }, { originalError: new Error(message) }).error).toEqual(
        client,
      );
    // A subgraph that cannot be reached keeps its own code.
    const unreachable = Object.assign(new Error('request to http://127.0.0.1:9/graphql failed, ECONNREFUSED'), {
      code: 'ECONNREFUSED',
    });
    expect(
      toClientError(
        { message: 'The tax service could not be reached', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
        { originalError: unreachable },
      ).error.extensions,
    ).toEqual({ code: 'SUBGRAPH_UNAVAILABLE' });
  } finally {
    await orm.close(true);
  }
});
