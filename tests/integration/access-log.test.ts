import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { createAccessLog, pgExecutor, type AccessLog } from '../../policy/audit/access-log';
import { eventLeafHash } from '../../policy/audit/event';
import { loadCheckpointSigner, type CheckpointSigner } from '../../policy/audit/signer';
import { verifyLog, type Verification } from '../../policy/audit/verify';
import { accessLogOrmConfig } from '../../policy/audit/migrations';
import { audit } from '../../subgraphs/audit/subgraph';
import { LOG_READER_ROLE, readLog } from '../../subgraphs/audit/log-reader';
import { transactionExecutor } from '../../hub/orm';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { accessEvent } from '../support/fixtures';

// The access log on real PostgreSQL: appended in sealed batches, verified from scratch, and every kind of
// tampering found and placed. Tampering goes around the append-only triggers the way an intruder with the
// database owner's rights would: `session_replication_role = replica` switches triggers off for the session.
let database: TestDatabase;
let signer: CheckpointSigner;
let log: AccessLog;
let keyFile: string;

const event = accessEvent;

const verify = (witness?: { size: number; root: string }): Promise<Verification> =>
  verifyLog(pgExecutor(database.pool), { publicKey: createPublicKey(readFileSync(keyFile)), witness });

/**
 * Checks the verdict on a tampered copy of the log without keeping the damage (the statements run, verify, roll back).
 */
async function verdictAfter(...statements: string[]): Promise<Verification> {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    for (const sql of statements) await client.query(sql);
    return await verifyLog(pgExecutor(client), { publicKey: createPublicKey(readFileSync(keyFile)) });
  } finally {
    await client.query('rollback');
    client.release();
  }
}

beforeAll(async () => {
  database = await createTestDatabase('accesslog');
  keyFile = join(mkdtempSync(join(tmpdir(), 'citizen360-audit-')), 'key.pem');
  signer = loadCheckpointSigner(keyFile, { create: true });
  log = createAccessLog({ databaseUrl: database.url, signer });
  // Three batches: 3 + 1 + 4 events, so three checkpoints (sizes 3, 4, 8).
  await log.append([event(1), event(2), event(3)]);
  await log.append([
    event(4, {
      decision: 'REFUSED',
      basis: null,
      consentIds: [],
      scopes: [],
      refusedScopes: ['tax.profile'],
      reason: 'CONSENT_REQUIRED: no consent',
    }),
  ]);
  await log.append([
    event(5),
    event(6, { nik: null, detail: { note: 'entry lookup', nested: { b: 1, a: [1, 2] } } }),
    event(7),
    event(8),
  ]);
});

afterAll(async () => {
  await log?.close();
  await database?.drop();
});

describe('access log', () => {
  it('verifies an untouched log: every position, every checkpoint signature and root', async () => {
    const result = await verify();
    expect(result).toMatchObject({ kind: 'ok', events: 8, checkpoints: 3, latest: { size: 8 } });
    const { rows } = await database.pool.query('select position from audit.access_event order by position');
    expect(rows.map((r) => Number(r.position))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('names the position of an edited event', async () => {
    expect(
      await verdictAfter(`update audit.access_event set purpose = 'SOCIAL_ASSISTANCE' where position = 5`),
    ).toEqual({
      kind: 'failed',
      position: 5,
      problem: 'the event at position 5 does not match its leaf hash (edited or moved after it was written)',
    });
    // Even a microsecond added to an event's time is an edit.
    expect(
      await verdictAfter(`update audit.access_event set at = at + interval '1 microsecond' where position = 2`),
    ).toMatchObject({ kind: 'failed', position: 2 });
  });

  it('names the range sealed by the checkpoint when an event is rewritten together with its stored hash', async () => {
    expect(
      await verdictAfter(
        `update audit.access_event set nik = '3204120101899999' where position = 6`,
        // The intruder recomputes the leaf hash too: only the signed checkpoint still disagrees.
        `update audit.access_event set leaf_hash = decode('${'00'.repeat(32)}', 'hex') where position = 6`,
      ),
    ).toMatchObject({ kind: 'failed', position: 6 });
    const rewritten = {
      ...event(6, { nik: '3204120101899999', detail: { note: 'entry lookup', nested: { b: 1, a: [1, 2] } } }),
      position: 6,
    };
    const forged = eventLeafHash(rewritten).toString('hex');
    expect(
      await verdictAfter(
        `update audit.access_event set nik = '3204120101899999', leaf_hash = decode('${forged}', 'hex') where position
          = 6`,
      ),
    ).toEqual({
      kind: 'failed',
      position: 5,
      problem:
        'the events at positions 5 to 8 no longer produce the root ' +
        'their checkpoint signed (an event rewritten with its hash)',
    });
  });

  it('stores with each event the subtrees it completes, and names an event whose stored ones were changed', async () => {
    const { rows } = await database.pool.query(
      `select position, cardinality(subtree_roots) as n from audit.access_event order by position`,
    );
    // Position p completes as many subtrees as p has trailing zero bits: 8 completes those of 2, 4 and 8 leaves.
    expect(rows.map((r) => Number(r.n))).toEqual([0, 1, 0, 2, 0, 1, 0, 3]);
    expect(
      await verdictAfter(
        `update audit.access_event set subtree_roots[2] = decode('${'00'.repeat(32)}', 'hex') where position = 8`,
      ),
    ).toEqual({
      kind: 'failed',
      position: 8,
      problem:
        'the event at position 8 stores inner nodes of the tree that the leaves do not produce (inclusion proofs ' +
        'through it would not verify)',
    });
  });

  it('gives the events of a log written before subtree roots and partitions theirs when it migrates', async () => {
    const scratch = await createTestDatabase('accesslogbackfill');
    const scratchLog = createAccessLog({ databaseUrl: scratch.url, signer });
    const orm = await MikroORM.init(accessLogOrmConfig(scratch.url, { poolMax: 1 }));
    try {
      await scratchLog.append(Array.from({ length: 13 }, (_, i) => event(i + 1)));
      await orm.getMigrator().down({ to: 'Migration20261125000000_disclosure_events' });
      const { rows: before } = await scratch.pool.query(
        `select count(*)::int as n from information_schema.columns where table_name = 'access_event'
            and column_name = 'subtree_roots'`,
      );
      expect(before[0].n).toBe(0);
      await orm.getMigrator().up();
      const { rows } = await scratch.pool.query(
        `select cardinality(subtree_roots) as n from audit.access_event order by position`,
      );
      expect(rows.map((r) => Number(r.n))).toEqual([0, 1, 0, 2, 0, 1, 0, 3, 0, 1, 0, 2, 0]);
      // Moved into the partition of their month on the way.
      const { rows: months } = await scratch.pool.query(
        `select distinct tableoid::regclass::text as partition from audit.access_event`,
      );
      expect(months).toEqual([{ partition: 'audit.access_event_2026_11' }]);
      const verdict = await verifyLog(pgExecutor(scratch.pool), { publicKey: createPublicKey(readFileSync(keyFile)) });
      expect(verdict).toMatchObject({ kind: 'ok', events: 13 });
      // The append-only trigger is back.
      await expect(scratch.pool.query(`delete from audit.access_event where position = 1`)).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await orm.close(true);
      await scratchLog.close();
      await scratch.drop();
    }
  });

  it('finds a deleted event, an inserted one, and two swapped', async () => {
    expect(await verdictAfter('delete from audit.access_event where position = 3')).toEqual({
      kind: 'failed',
      position: 3,
      problem: 'the event at position 3 is missing (deleted)',
    });
    const copy = `insert into audit.access_event select position + 1, at, kind, request_id, actor_subject, actor_role,
      client_id, purpose, nik, decision, basis,
      consent_ids, rule_version, scopes, refused_scopes, fields, reason, detail, %HASH% from audit.access_event where
      position = 8`;
    // A copy keeps the hash of the event it copies; a forged one with a correct hash is sealed by no checkpoint.
    expect(await verdictAfter(copy.replace('%HASH%', 'leaf_hash'))).toMatchObject({ kind: 'failed', position: 9 });
    const forged = eventLeafHash({ ...event(8), position: 9 }).toString('hex');
    expect(await verdictAfter(copy.replace('%HASH%', `decode('${forged}', 'hex')`))).toEqual({
      kind: 'failed',
      position: 9,
      problem: 'the events from position 9 are sealed by no checkpoint (inserted afterwards)',
    });
    expect(
      await verdictAfter(
        'update audit.access_event set position = 100 where position = 1',
        'update audit.access_event set position = 1 where position = 2',
        'update audit.access_event set position = 2 where position = 100',
      ),
    ).toMatchObject({ kind: 'failed', position: 1 });
    expect(await verdictAfter('delete from audit.access_event where position = 8')).toMatchObject({
      kind: 'failed',
      position: 8,
    });
  });

  it('refuses a checkpoint signed by another key, or with its root replaced', async () => {
    expect(
      await verdictAfter(`update audit.checkpoint set root = decode('${'11'.repeat(32)}', 'hex') where size = 4`),
    ).toEqual({
      kind: 'failed',
      position: null,
      problem: 'the checkpoint of size 4 is not signed by the access-log key',
    });
    const other = loadCheckpointSigner(join(mkdtempSync(join(tmpdir(), 'citizen360-other-')), 'key.pem'), {
      create: true,
    }).sign(4, Buffer.alloc(32), new Date());
    expect(
      await verdictAfter(
        `update audit.checkpoint set signature = decode('${other.signature.toString('hex')}', 'hex') where size = 4`,
      ),
    ).toMatchObject({ kind: 'failed', position: null });
  });

  it('detects a rollback to an older checkpoint against the witness of an earlier verification', async () => {
    const ok = await verify();
    if (ok.kind !== 'ok' || !ok.latest) throw new Error('expected an OK log');
    const witness = { size: ok.latest.size, root: ok.latest.root.toString('base64') };
    const rollback = [
      'delete from audit.access_event where position > 4',
      'delete from audit.checkpoint where size > 4',
      `update audit.log_head set size = 4`,
    ];
    // Without the witness the shorter log is self-consistent; with it, the rollback shows.
    expect(await verdictAfter(...rollback)).toMatchObject({ kind: 'ok', events: 4 });
    const client = await database.pool.connect();
    try {
      await client.query('begin');
      await client.query('set local session_replication_role = replica');
      for (const sql of rollback) await client.query(sql);
      expect(
        await verifyLog(pgExecutor(client), { publicKey: createPublicKey(readFileSync(keyFile)), witness }),
      ).toEqual({
        kind: 'failed',
        position: null,
        problem: "rolled back: a checkpoint of 8 events was verified before, the log's latest now seals 4",
      });
    } finally {
      await client.query('rollback');
      client.release();
    }
    expect(await verify(witness)).toMatchObject({ kind: 'ok' });
  });

  it('is append-only for the application: UPDATE, DELETE and TRUNCATE are refused', async () => {
    for (const sql of [
      'update audit.access_event set nik = null',
      'delete from audit.checkpoint',
      'truncate audit.access_event',
    ]) {
      await expect(database.pool.query(sql)).rejects.toThrow(/is append-only/);
    }
    expect(await verify()).toMatchObject({ kind: 'ok', events: 8 });
  });

  it('commits concurrent appends together, gapless and verifiable', async () => {
    const before = Number((await database.pool.query('select count(*) from audit.checkpoint')).rows[0].count);
    await Promise.all(Array.from({ length: 40 }, (_, i) => log.append([event(100 + i), event(200 + i)])));
    const result = await verify();
    expect(result).toMatchObject({ kind: 'ok', events: 88 });
    const after = Number((await database.pool.query('select count(*) from audit.checkpoint')).rows[0].count);
    // Group commit: fewer transactions (one checkpoint each) than requests.
    expect(after - before).toBeLessThan(40);
  });

  it('is read only as a role that can change nothing, whatever the query', async () => {
    const orm = await MikroORM.init(audit.ormConfig(database.url, { poolMax: 1 }));
    try {
      const em = orm.em.fork();
      const count = await readLog(em, async (tx) =>
        Number((await transactionExecutor(tx)('select count(*) as n from audit.access_event', []))[0].n),
      );
      expect(count).toBe(88);
      for (const sql of [
        `insert into audit.checkpoint values (999, '\\x00', now(), 'k', '\\x00')`,
        'update audit.log_head set size = 0',
        'delete from audit.access_event',
      ]) {
        await expect(readLog(em, (tx) => transactionExecutor(tx)(sql, []))).rejects.toThrow(
          /read-only transaction|permission denied/,
        );
      }
    } finally {
      await orm.close(true);
    }
    // The role alone, outside a read-only transaction, has no privilege to write.
    const client = await database.pool.connect();
    try {
      await client.query('begin');
      await client.query(`set local role ${LOG_READER_ROLE}`);
      await expect(
        client.query(`insert into audit.checkpoint values (999, '\\x00', now(), 'k', '\\x00')`),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('keeps quotes, backslashes, placeholders and SQL in an event exactly as given, and the log verifies', async () => {
    const subject = `o'brien\\"; delete from audit.access_event; -- $1 ? \\x00 E'\\'' ünïcødé`;
    const detail = { note: "it's \\ a 'quoted' ? value", sql: "'); drop table audit.log_head; --" };
    await log.append([event(300, { actorSubject: subject, reason: `${subject} again`, detail })]);
    const { rows } = await database.pool.query(
      `select actor_subject, reason, detail from audit.access_event where request_id = 'req-300'`,
    );
    expect(rows).toEqual([{ actor_subject: subject, reason: `${subject} again`, detail }]);
    expect(await verify()).toMatchObject({ kind: 'ok', events: 89 });
  });

  it('writes nothing of a batch the database refuses, and the next one is appended after it, verifiable', async () => {
    // PostgreSQL's jsonb takes no NUL character: the batch fails in its second round trip, after the head was locked.
    await expect(log.append([event(301, { detail: { note: 'a \u0000 in it' } })])).rejects.toThrow();
    expect(
      Number(
        (await database.pool.query(`select count(*) from audit.access_event where request_id = 'req-301'`)).rows[0]
          .count,
      ),
    ).toBe(0);
    await log.append([event(302)]);
    expect(await verify()).toMatchObject({ kind: 'ok', events: 90, latest: { size: 90 } });
  });

  it('fails the batch whose session the database ends mid-append, writes none of it, and appends the next', async () => {
    // The head is held by another session, so the log's append waits there, mid-way; then its session is ended,
    // as a restart or a failover would end it.
    const holder = await database.pool.connect();
    try {
      await holder.query('begin');
      await holder.query('select size from audit.log_head where id = 1 for update');
      const cut = log.append([event(303)]);
      const outcome = cut.then(
        () => 'written',
        (error: Error) => error.message,
      );
      // The log's session is the one waiting for the holder's lock.
      let ended = false;
      for (let i = 0; i < 500 && !ended; i += 1) {
        const { rows } = await holder.query(
          `select pg_terminate_backend(pid) as ended from pg_stat_activity
            where pg_backend_pid() = any(pg_blocking_pids(pid))`,
        );
        ended = rows.length > 0;
        if (!ended) await new Promise((done) => setTimeout(done, 20));
      }
      await holder.query('commit');
      // Had no session waited there, the append goes through now, and this says so.
      expect(await outcome).toMatch(/terminat/);
      expect(ended).toBe(true);
    } finally {
      holder.release();
    }
    await log.append([event(304)]);
    const { rows } = await database.pool.query(
      `select request_id from audit.access_event where request_id in ('req-303', 'req-304')`,
    );
    expect(rows).toEqual([{ request_id: 'req-304' }]);
    expect(await verify()).toMatchObject({ kind: 'ok', events: 91, latest: { size: 91 } });
  });
});
