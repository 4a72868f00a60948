import { createLogger, errorFields } from '../../hub/log';
import type { Metrics } from '../../hub/metrics';
import { eventLeafHash, type AccessEvent, type LoggedEvent } from './event';
import { appendLeaf, frontierRoot, type Frontier } from './merkle';
import type { CheckpointSigner, DocumentSignature } from './signer';
import { servingPool } from '../../hub/silent-connections';
import { withClient } from '../../hub/transaction';
import type { Pool, QueryResult } from 'pg';

const log = createLogger('access-log');

/** Runs one SQL statement (`?` placeholders) inside the caller's transaction and returns its rows. */
export type SqlExecutor = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const COLUMNS: [string, string][] = [
  ['position', 'bigint'],
  ['at', 'timestamptz'],
  ['kind', 'text'],
  ['request_id', 'text'],
  ['actor_subject', 'text'],
  ['actor_role', 'text'],
  ['client_id', 'text'],
  ['purpose', 'text'],
  ['nik', 'text'],
  ['decision', 'text'],
  ['basis', 'text'],
  ['consent_ids', 'text[]'],
  ['rule_version', 'int'],
  ['scopes', 'text[]'],
  ['refused_scopes', 'text[]'],
  ['fields', 'text[]'],
  ['reason', 'text'],
  ['detail', 'jsonb'],
  ['leaf_hash', 'text'],
  ['subtree_roots', 'jsonb'],
];

/** Hashes travel as hex in the JSON of the batch and are stored as bytea. */
const STORED_AS: Record<string, string> = {
  leaf_hash: `decode(x.leaf_hash, 'hex')`,
  subtree_roots: `array(select decode(h, 'hex') from jsonb_array_elements_text(x.subtree_roots) h)`,
};

const INSERT_EVENTS = `insert into audit.access_event (${COLUMNS.map(([name]) => name).join(', ')})
  select ${COLUMNS.map(([name]) => STORED_AS[name] ?? `x.${name}`).join(', ')}
    from jsonb_to_recordset(?::jsonb) as x(${COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})`;

/** The log's right edge, locked: appends from every process take their turn. */
const LOCK_HEAD = `select size, array(select encode(f, 'hex') from unnest(frontier) f) as frontier from audit.log_head
  where id = 1 for update`;

/**
 * Events, checkpoint and the new right edge in one statement (a data-modifying WITH runs in full): one round trip
 * however many events. The edge goes as a JSON list of hex strings: one parameter, whatever the driver does with
 * arrays.
 */
const WRITE_SEALED = `with events as (${INSERT_EVENTS}),
       sealed as (insert into audit.checkpoint (size, root, at, key_id, signature) values (?, ?, ?, ?, ?))
  update audit.log_head
     set size = ?, frontier = array(select decode(h, 'hex') from jsonb_array_elements_text(?::jsonb) h)
   where id = 1`;

/**
 * Seals events after the locked head: they get the next positions, their leaves extend the tree's right edge,
 * and the new size and root are signed. Returns the parameters of WRITE_SEALED.
 */
function sealEvents(
  head: Record<string, unknown> | undefined,
  signer: CheckpointSigner,
  events: readonly AccessEvent[],
): unknown[] {
  if (!head) throw new Error('the access log has no head row: run the migrations');
  let frontier: Frontier = {
    size: Number(head.size),
    subtrees: (head.frontier as string[]).map((hex) => Buffer.from(hex, 'hex')),
  };
  const first = frontier.size + 1;
  const rows = events.map((event, i) => {
    const logged: LoggedEvent = { ...event, position: first + i };
    const hash = eventLeafHash(logged);
    const { frontier: next, completed } = appendLeaf(frontier, hash);
    frontier = next;
    return {
      position: logged.position,
      at: logged.at.toISOString(),
      kind: logged.kind,
      request_id: logged.requestId,
      actor_subject: logged.actorSubject,
      actor_role: logged.actorRole,
      client_id: logged.clientId,
      purpose: logged.purpose,
      nik: logged.nik,
      decision: logged.decision,
      basis: logged.basis,
      consent_ids: logged.consentIds,
      rule_version: logged.ruleVersion,
      scopes: logged.scopes,
      refused_scopes: logged.refusedScopes,
      fields: logged.fields,
      reason: logged.reason,
      detail: logged.detail,
      leaf_hash: hash.toString('hex'),
      subtree_roots: completed.map((node) => node.toString('hex')),
    };
  });
  const checkpoint = signer.sign(frontier.size, frontierRoot(frontier), new Date());
  return [
    JSON.stringify(rows),
    checkpoint.size,
    `\\x${checkpoint.root.toString('hex')}`,
    checkpoint.at.toISOString(),
    checkpoint.keyId,
    `\\x${checkpoint.signature.toString('hex')}`,
    frontier.size,
    JSON.stringify(frontier.subtrees.map((hash) => hash.toString('hex'))),
  ];
}

/**
 * Appends events to the log within the caller's transaction, sealed under a new signed checkpoint. Commit and
 * the events are in the log, sealed; roll back and none of it happened.
 */
async function appendEvents(execute: SqlExecutor, signer: CheckpointSigner, events: readonly AccessEvent[]) {
  if (events.length === 0) return;
  const [head] = await execute(LOCK_HEAD, []);
  await execute(WRITE_SEALED, sealEvents(head, signer, events));
}

/**
 * A statement with its `?` parameters written in as literals: numbers as they are, strings as escape-string
 * literals (quotes and backslashes doubled, so they read the same whatever `standard_conforming_strings` says).
 */
function withLiterals(sql: string, params: unknown[]): string {
  let n = 0;
  return sql.replace(/\?/g, () => {
    const value = params[n++];
    return typeof value === 'number' ? String(value) : `E'${String(value).replace(/['\\]/g, '$&$&')}'`;
  });
}

/** The month of an instant as `YYYY-MM`, in UTC: the partition of `audit.access_event` its event goes to. */
function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** The first instant of a `YYYY-MM` month, and of the month after it. */
function monthStart(month: string, after = 0): Date {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1 + after, 1));
}

/** Makes the month's partition when it is missing (audit.ensure_month; a no-op read when it is there). */
const ENSURE_MONTH = 'select audit.ensure_month(?::timestamptz)';

/** How long making next month's partition ahead may wait for the log's table (a long read holds it off). */
const AHEAD_LOCK_TIMEOUT_MS = 200;

/**
 * The months this process knows have their partition, and making next month's ahead of need: at most one
 * attempt a minute while a long read of the log holds its table, so no append waits on it. A month the log
 * needs now is made in the append's path, waiting as long as the append may.
 */
function monthPartitions() {
  const made = new Set<string>();
  let latest: string | undefined;
  let aheadTriedAt = 0;
  return {
    /** Months of these events whose partition is not known to be there. */
    unknown: (events: readonly AccessEvent[]) =>
      [...new Set(events.map((event) => monthOf(event.at)))].filter((month) => !made.has(month)),
    made(month: string) {
      made.add(month);
      if (!latest || month > latest) latest = month;
    },
    /** The month after the latest known, if it is due an attempt to make it. */
    dueAhead(now: number): string | undefined {
      if (!latest) return undefined;
      const next = monthOf(monthStart(latest, 1));
      if (made.has(next) || now - aheadTriedAt < 60_000) return undefined;
      aheadTriedAt = now;
      return next;
    },
  };
}

/**
 * Appends events in a transaction of their own in two round trips: the transaction begins and the head is
 * locked in one, the sealed events are written and committed in the other (simple queries of two statements).
 * A month the events need that has no partition yet is made first, once per month per process.
 */
async function appendCommitted(
  pool: Pool,
  signer: CheckpointSigner,
  events: readonly AccessEvent[],
  months: ReturnType<typeof monthPartitions>,
) {
  await withClient(pool, async (client, discard) => {
    for (const month of months.unknown(events)) {
      await client.query(ENSURE_MONTH.replace('?', '$1'), [monthStart(month).toISOString()]);
      months.made(month);
    }
    const ahead = months.dueAhead(Date.now());
    if (ahead) {
      try {
        await client.query(
          `begin; set local lock_timeout = ${AHEAD_LOCK_TIMEOUT_MS}; ` +
            `${withLiterals(ENSURE_MONTH, [monthStart(ahead).toISOString()])}; commit`,
        );
        months.made(ahead);
      } catch (error) {
        await client.query('rollback').catch(discard);
        log.info('next month of the access log not made yet; tried again within a minute', errorFields(error));
      }
    }
    try {
      const [, locked] = (await client.query(`begin; ${LOCK_HEAD}`)) as unknown as QueryResult[];
      await client.query(`${withLiterals(WRITE_SEALED, sealEvents(locked.rows[0], signer, events))}; commit`);
    } catch (error) {
      await client.query('rollback').catch(discard);
      throw error;
    }
  });
}

export interface AccessLog {
  /**
   * Writes the events, sealed, and resolves once they are committed; rejects if they could not be (the caller
   * then releases nothing). Concurrent calls share one transaction (group commit), so the log's cost per
   * request falls as load rises.
   */
  append(events: readonly AccessEvent[]): Promise<void>;
  /** Writes the events inside the caller's own transaction (a consent grant and its event commit together). */
  appendWithin(execute: SqlExecutor, events: readonly AccessEvent[]): Promise<void>;
  /** The public half of the checkpoint key, for anyone who wants to check a checkpoint. */
  readonly publicKeyPem: string;
  /** The id of that key (the first 8 bytes of the SHA-256 of its DER encoding, in hex). */
  readonly keyId: string;
  /** Signs a document the hub hands out with the checkpoint key (verifyDocument checks it). */
  signDocument(kind: string, bytes: Buffer): DocumentSignature;
  /** Resolves when the log could be written now: its database answers, is not read-only, and lets it insert. */
  writable(): Promise<void>;
  close(): Promise<void>;
}

/** An executor over a node-postgres client or pool (`?` placeholders become `$1`, `$2`, ...). */
export function pgExecutor(queryable: {
  query(sql: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}): SqlExecutor {
  return async (sql, params) => {
    let n = 0;
    return (
      await queryable.query(
        sql.replace(/\?/g, () => `$${(n += 1)}`),
        params,
      )
    ).rows;
  };
}

export function createAccessLog(options: {
  databaseUrl: string;
  signer: CheckpointSigner;
  /** Times each committed batch and watches the pool. */
  metrics?: Pick<Metrics, 'accessLogCommit' | 'watchPool'>;
}): AccessLog {
  // A store that cannot be reached, or stops answering, fails the request soon rather than holding it.
  const pool = servingPool(options.databaseUrl, 1);
  pool.on('error', (error) => log.warn('access log connection closed', errorFields(error)));
  options.metrics?.watchPool('access-log', () => ({
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  }));
  let waiting: { events: readonly AccessEvent[]; done: () => void; failed: (error: unknown) => void }[] = [];
  let flushing: Promise<void> | undefined;

  const months = monthPartitions();

  async function flush(): Promise<void> {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      const started = process.hrtime.bigint();
      try {
        await appendCommitted(
          pool,
          options.signer,
          batch.flatMap((entry) => entry.events),
          months,
        );
        options.metrics?.accessLogCommit(
          batch.reduce((n, entry) => n + entry.events.length, 0),
          Number(process.hrtime.bigint() - started) / 1e9,
        );
        for (const entry of batch) entry.done();
      } catch (error) {
        log.error('access events not written', {
          events: batch.reduce((n, entry) => n + entry.events.length, 0),
          ...errorFields(error),
        });
        for (const entry of batch) entry.failed(error);
      }
    }
    flushing = undefined;
  }

  return {
    append(events) {
      if (events.length === 0) return Promise.resolve();
      return new Promise<void>((done, failed) => {
        waiting.push({ events, done, failed });
        flushing ??= flush();
      });
    },
    async appendWithin(execute, events) {
      // Inside the caller's transaction, which may yet roll back: made there when missing, never remembered.
      for (const month of months.unknown(events)) await execute(ENSURE_MONTH, [monthStart(month).toISOString()]);
      await appendEvents(execute, options.signer, events);
    },
    publicKeyPem: options.signer.publicKeyPem,
    keyId: options.signer.keyId,
    signDocument: (kind, bytes) => options.signer.signDocument(kind, bytes),
    async writable() {
      const { rows } = await pool.query<{ writable: boolean }>(
        `select not pg_is_in_recovery() and has_table_privilege('audit.access_event', 'INSERT') as writable`,
      );
      if (!rows[0].writable) throw Object.assign(new Error('the access log is read-only'), { code: 'READ_ONLY' });
    },
    // What is being written is written first.
    close: async () => {
      await flushing;
      await pool.end();
    },
  };
}
