import { execFile } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createAccessLog, pgExecutor, type AccessLog } from '../../policy/audit/access-log';
import type { AccessEvent } from '../../policy/audit/event';
import { loadCheckpointSigner, type CheckpointSigner } from '../../policy/audit/signer';
import { verifyLog, type Verification } from '../../policy/audit/verify';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { accessEvent } from '../support/fixtures';

// The access log partitioned by month on real PostgreSQL: each event in its month's table, months made when the
// log first needs them (and the next one ahead, without waiting on a long read), every partition append-only,
// the tree and its checkpoints continuous across months, and one month verified on its own.
let database: TestDatabase;
let signer: CheckpointSigner;
let log: AccessLog;
let keyFile: string;

const event = (n: number, at: string, overrides: Partial<AccessEvent> = {}): AccessEvent =>
  accessEvent(n, { at: new Date(at), ...overrides });

const run = promisify(execFile);
const publicKey = () => createPublicKey(readFileSync(keyFile));

/** Positions of a month's events, as `npm run audit:verify -- --month` finds them. */
async function monthRange(from: string, to: string) {
  const { rows } = await database.pool.query(
    'select min(position)::int as first, max(position)::int as last from audit.access_event where at >= $1 and at < $2',
    [from, to],
  );
  return rows[0] as { first: number; last: number };
}

/** The verdict on a month after tampering, without keeping the damage (triggers off for the session, rolled back). */
async function monthVerdictAfter(range: { first: number; last: number }, ...statements: string[]) {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    for (const sql of statements) await client.query(sql);
    return await verifyLog(pgExecutor(client), { publicKey: publicKey(), range });
  } finally {
    await client.query('rollback');
    client.release();
  }
}

async function partitions(): Promise<string[]> {
  const { rows } = await database.pool.query<{ name: string }>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'audit.access_event'::regclass order by 1`,
  );
  return rows.map((row) => row.name);
}

beforeAll(async () => {
  database = await createTestDatabase('accesslogpartitions');
  keyFile = join(mkdtempSync(join(tmpdir(), 'citizen360-audit-')), 'key.pem');
  signer = loadCheckpointSigner(keyFile, { create: true });
  log = createAccessLog({ databaseUrl: database.url, signer });
  // October, then November over three batches (the last one crossing into December), then December.
  await log.append([event(1, '2026-10-30T10:00:00Z'), event(2, '2026-10-31T23:59:59.999Z')]);
  await log.append([event(3, '2026-11-01T00:00:00Z'), event(4, '2026-11-15T08:00:00Z')]);
  await log.append([event(5, '2026-11-20T08:00:00Z')]);
  await log.append([event(6, '2026-11-30T23:59:59.999Z'), event(7, '2026-12-01T00:00:00Z')]);
  await log.append([event(8, '2026-12-02T09:00:00Z')]);
});

afterAll(async () => {
  await log?.close();
  await database?.drop();
});

it("puts each event in its month's partition, made when first needed, and the log verifies across them", async () => {
  const { rows } = await database.pool.query(
    'select position::int, tableoid::regclass::text as partition from audit.access_event order by position',
  );
  expect(rows).toEqual([
    { position: 1, partition: 'audit.access_event_2026_10' },
    { position: 2, partition: 'audit.access_event_2026_10' },
    { position: 3, partition: 'audit.access_event_2026_11' },
    { position: 4, partition: 'audit.access_event_2026_11' },
    { position: 5, partition: 'audit.access_event_2026_11' },
    { position: 6, partition: 'audit.access_event_2026_11' },
    { position: 7, partition: 'audit.access_event_2026_12' },
    { position: 8, partition: 'audit.access_event_2026_12' },
  ]);
  expect(await partitions()).toEqual(expect.arrayContaining(['access_event_2026_10', 'access_event_2026_11']));
  expect(await verifyLog(pgExecutor(database.pool), { publicKey: publicKey() })).toMatchObject({
    kind: 'ok',
    events: 8,
    checkpoints: 5,
  });
});

it('keeps every partition append-only, addressed directly too', async () => {
  for (const sql of [
    'update audit.access_event_2026_11 set nik = null',
    'delete from audit.access_event_2026_10',
    'truncate audit.access_event_2026_11',
    'truncate audit.access_event',
  ])
    await expect(database.pool.query(sql)).rejects.toThrow(/is append-only/);
});

it('verifies one month from the checkpoint before it to the one after it, and nothing else', async () => {
  const november = await monthRange('2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z');
  expect(november).toEqual({ first: 3, last: 6 });
  // From the checkpoint at 2 (October's batch) to the one at 7 that seals position 6: three checkpoints.
  const verdict = await verifyLog(pgExecutor(database.pool), { publicKey: publicKey(), range: november });
  expect(verdict).toMatchObject({ kind: 'ok', events: 5, checkpoints: 3, latest: { size: 7 } });
  // An edit in November is found, one in December (after the checkpoint sealing November) is not its business.
  expect(
    await monthVerdictAfter(november, "update audit.access_event set purpose = 'TAX' where position = 4"),
  ).toMatchObject({ kind: 'failed', position: 4 });
  expect(
    await monthVerdictAfter(november, "update audit.access_event set purpose = 'TAX' where position = 8"),
  ).toMatchObject({ kind: 'ok' });
  // The stored nodes it starts from must produce the signed root before it.
  expect(
    await monthVerdictAfter(
      november,
      `update audit.access_event set subtree_roots = array[sha256('forged')] where position = 2`,
    ),
  ).toMatchObject({ kind: 'failed', problem: expect.stringMatching(/stored nodes at 2 events do not produce/) });
  // A November event deleted is missing from its month.
  expect(await monthVerdictAfter(november, 'delete from audit.access_event where position = 5')).toMatchObject({
    kind: 'failed',
    position: 5,
  });
});

it("makes next month's partition ahead, and does not wait for it while a long read holds the log", async () => {
  // A process that first appends in May 2030 makes May in its path and June ahead.
  const may = createAccessLog({ databaseUrl: database.url, signer });
  await may.append([event(20, '2030-05-10T00:00:00Z')]);
  await may.close();
  expect(await partitions()).toEqual(expect.arrayContaining(['access_event_2030_05', 'access_event_2030_06']));
  // Another, first appending in June, would make July ahead, but a long read of the log holds its table.
  const reader = await database.pool.connect();
  const june = createAccessLog({ databaseUrl: database.url, signer });
  try {
    await reader.query('begin');
    await reader.query('lock table audit.access_event in access share mode');
    await june.append([event(21, '2030-06-10T00:00:00Z')]);
    // Written while the read still holds the table: the attempt at July gave up instead of queueing appends.
    expect(await partitions()).not.toContain('access_event_2030_07');
  } finally {
    await reader.query('rollback');
    reader.release();
    await june.close();
  }
  expect(await verifyLog(pgExecutor(database.pool), { publicKey: publicKey() })).toMatchObject<Partial<Verification>>({
    kind: 'ok',
  });
});

it('makes a new month once when two processes first append into it at the same moment, and both appends land', async () => {
  const first = createAccessLog({ databaseUrl: database.url, signer });
  const second = createAccessLog({ databaseUrl: database.url, signer });
  try {
    await Promise.all([
      first.append([event(40, '2032-03-01T00:00:00Z')]),
      second.append([event(41, '2032-03-01T00:00:00.001Z')]),
      first.append([event(42, '2032-03-02T00:00:00Z')]),
      second.append([event(43, '2032-03-02T00:00:00Z')]),
    ]);
  } finally {
    await first.close();
    await second.close();
  }
  expect((await partitions()).filter((name) => name.startsWith('access_event_2032_03'))).toEqual([
    'access_event_2032_03',
  ]);
  const { rows } = await database.pool.query(
    `select count(*)::int as n from audit.access_event_2032_03
      where request_id in ('req-40', 'req-41', 'req-42', 'req-43')`,
  );
  expect(rows[0].n).toBe(4);
  expect(await verifyLog(pgExecutor(database.pool), { publicKey: publicKey() })).toMatchObject({ kind: 'ok' });
});

it('makes the month inside the caller transaction when a grant is the first event of a month', async () => {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    await log.appendWithin(pgExecutor(client), [event(30, '2031-01-05T00:00:00Z', { kind: 'CONSENT_GRANTED' })]);
    await client.query('commit');
  } finally {
    client.release();
  }
  const { rows } = await database.pool.query(
    `select tableoid::regclass::text as partition from audit.access_event where request_id = 'req-30'`,
  );
  expect(rows).toEqual([{ partition: 'audit.access_event_2031_01' }]);
  expect(await verifyLog(pgExecutor(database.pool), { publicKey: publicKey() })).toMatchObject({ kind: 'ok' });
});

describe('the month on the command line', () => {
  const ROOT = join(__dirname, '../..');
  const cli = (script: string, ...args: string[]) =>
    run(process.execPath, ['-r', '@swc-node/register', `app/${script}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, AUDIT_KEY_FILE: keyFile, LOG_LEVEL: 'warn' },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );

  it('verifies one month with npm run audit:verify -- --month, and refuses what is not a month', async () => {
    const november = await cli('audit-verify', '--month', '2026-11');
    expect(november).toMatchObject({ code: 0 });
    expect(november.stdout).toMatch(
      /^Access log OK for 2026-11: its 4 events \(positions 3 to 6\) in 5 events under 3 signed checkpoints/,
    );
    // A month of one event says so in the singular.
    expect((await cli('audit-verify', '--month', '2031-01')).stdout).toMatch(
      /^Access log OK for 2031-01: its 1 event \(positions (\d+) to \1\) in 1 event under 1 signed checkpoint;/,
    );
    expect(await cli('audit-verify', '--month', '2026-13')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--month must be a month as YYYY-MM'),
    });
    expect((await cli('audit-verify', '--month', '1999-01')).stdout).toBe(
      'Access log: no events in 1999-01, nothing to verify\n',
    );
  });

  it('archives a closed month to files that verify without the database, and finds an event edited in them', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'citizen360-archive-')), '2026-11');
    const archived = await cli('audit-archive', '--month', '2026-11', '--out', dir);
    expect(archived).toMatchObject({ code: 0 });
    expect(archived.stdout).toMatch(
      /^Archived 4 events of 2026-11 \(positions 3 to 6\) with their proofs to the checkpoint of size 7/,
    );
    expect(readdirSync(dir).sort()).toEqual([
      'checkpoint.json',
      'events.jsonl',
      'manifest.json',
      'proofs.jsonl',
      'public-key.pem',
    ]);
    // Offline: another database entirely (none) and the key of the archive itself.
    const offline = await run(process.execPath, ['-r', '@swc-node/register', 'app/audit-verify.ts', '--archive', dir], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', AUDIT_KEY_FILE: join(dir, 'no-such-key.pem') },
    });
    expect(offline.stdout).toMatch(
      /^Archive OK: 4 events of 2026-11 \(positions 3 to 6\) in the tree of 7 signed with key [0-9a-f]{64} \(the archive's own key/,
    );
    // An event's purpose changed in the file, its hash in the manifest updated to match: the proof still fails.
    const events = readFileSync(join(dir, 'events.jsonl'), 'utf8').replace('"LICENSE_APPLICATION"', '"TAX_AUDIT"');
    writeFileSync(join(dir, 'events.jsonl'), events);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.sha256['events.jsonl'] = createHash('sha256').update(events).digest('hex');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const tampered = await cli('audit-verify', '--archive', dir);
    expect(tampered).toMatchObject({ code: 1 });
    expect(tampered.stdout).toBe(
      'Archive verification FAILED at position 3: the event at position 3 does not match its leaf hash (edited)\n',
    );
    // Signed by another key: refused.
    const otherKey = join(mkdtempSync(join(tmpdir(), 'citizen360-audit-')), 'other.pem');
    loadCheckpointSigner(otherKey, { create: true });
    expect((await cli('audit-verify', '--archive', dir, '--public-key', otherKey)).stdout).toMatch(
      /FAILED: the checkpoint of size 7 is not signed by this key/,
    );
  });

  it('finds an archive with an event left out (its files and hashes made to agree), or no manifest at all', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'citizen360-archive-')), '2026-11');
    expect(await cli('audit-archive', '--month', '2026-11', '--out', dir)).toMatchObject({ code: 0 });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    for (const name of ['events.jsonl', 'proofs.jsonl']) {
      const kept = readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean);
      kept.splice(1, 1);
      writeFileSync(join(dir, name), `${kept.join('\n')}\n`);
      manifest.sha256[name] = createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex');
    }
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect((await cli('audit-verify', '--archive', dir)).stdout).toBe(
      'Archive verification FAILED: 3 events, the manifest says 4\n',
    );
    writeFileSync(join(dir, 'manifest.json'), '{"format": 1, "month": "2026-11", "events": "many"');
    expect(await cli('audit-verify', '--archive', dir)).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^Archive verification FAILED: no readable manifest.json/),
    });
    expect(await cli('audit-archive', '--month', '2026-11', '--out', dir, '--drop')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--drop'"),
    });
  });

  it('refuses to archive a month that is not over, or into a directory that holds files', async () => {
    const now = new Date().toISOString().slice(0, 7);
    expect(await cli('audit-archive', '--month', now, '--out', mkdtempSync(join(tmpdir(), 'x-')))).toMatchObject({
      code: 2,
      stderr: `${now} is not over yet: its partition is still being written\n`,
    });
    const busy = mkdtempSync(join(tmpdir(), 'citizen360-archive-'));
    writeFileSync(join(busy, 'keep.txt'), 'x');
    expect(await cli('audit-archive', '--month', '2026-11', '--out', busy)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('is not empty'),
    });
  });
});
