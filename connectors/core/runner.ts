import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { withClient } from '../../hub/transaction';
import type { Connector, MapContext, Mapped, MappedRecord, Outcome, SourceRecord } from './connector';
import { stringsIn, UNTYPEABLE } from '../../schema/text';

export interface ImportOptions {
  connector: Connector;
  /** A file, a directory or a URL, as the connector reads it. */
  input: string;
  since?: string;
  /** Records per transaction (and per checkpoint). Default 2,000. */
  batchSize?: number;
  onProgress?: (state: { progress: number; total: number | undefined; read: number }) => void;
  /** Called after each batch has committed, with the records written and what became of them. */
  afterCommit?: (records: readonly MappedRecord[], outcomes: readonly Outcome[]) => Promise<void>;
}

export interface ImportSummary {
  runId: string;
  source: string;
  /** Records an earlier, interrupted run of the same input had committed: this run went on from there. */
  resumedAfter: number;
  /** Always inserted + updated + unchanged + quarantined. */
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  seconds: number;
  /** The commonest quarantine reasons of the run, most frequent first (at most 10). */
  reasons: { reason: string; count: number }[];
  /** The first quarantined records: their position in the source and the reason. */
  examples: { position: number; reason: string }[];
}

/** An import that cannot start or go on; the message is for the person running it and names no personal data. */
export class ImportError extends Error {
  static busy(source: string): ImportError {
    return new ImportError(
      `Another import of this ${source} input is running; wait for it to finish (a re-run resumes where it stopped)`,
    );
  }

  static cannotOpen(source: string, input: string, cause: Error): ImportError {
    return new ImportError(`Cannot read the ${source} input ${input}: ${cause.message}`);
  }
}

interface RunRow {
  id: string;
  cursor: string | null;
  read: number;
}

type Entry = { position: number; record: SourceRecord; mapped: Mapped };

const DATABASE_ERROR = (error: unknown): error is { code: string; constraint?: string } =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as { code?: unknown }).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((error as { code: string }).code);

/**
 * Runs one import: reads the source, maps every record, and commits batches in which the rows written, the
 * records quarantined and the run's checkpoint and counts change together. Killed at any point, the run is
 * left at its last committed batch; running the same input again resumes after it, so every record is
 * counted once and written once (writes are upserts by natural key besides). A batch the database refuses is
 * retried record by record, and only the records it refuses are quarantined.
 */
export async function runImport(pool: Pool, options: ImportOptions): Promise<ImportSummary> {
  const { connector, input } = options;
  const started = process.hrtime.bigint();
  const batchSize = options.batchSize ?? 2_000;
  let opened;
  try {
    opened = await connector.open(input, { since: options.since, pool });
  } catch (error) {
    throw ImportError.cannotOpen(connector.source, input, error as Error);
  }
  const lock = `import:${connector.source}:${opened.fingerprint}`;
  try {
    return await withClient(pool, async (client) => {
      const {
        rows: [{ locked }],
      } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtext($1)) as locked', [lock]);
      if (!locked) throw ImportError.busy(connector.source);
      try {
        const run = await startOrResume(client, connector.source, input, opened.fingerprint);
        const context: MapContext = {
          agency: connector.agency,
          system: connector.system,
          startedAt: new Date().toISOString(),
        };
        let position = run.read;
        let batch: Entry[] = [];
        let keys = new Set<string>();
        // One batch is written while the next is read and mapped (the database and the mapping overlap); batches
        // still commit one after another, in order, each after the one before it has committed.
        let writing: Promise<void> | undefined;
        const commit = async () => {
          if (batch.length === 0) return;
          const entries = batch;
          batch = [];
          keys = new Set();
          await writing;
          writing = commitBatch(client, connector, run.id, entries, context, options.afterCommit).then((read) => {
            options.onProgress?.({ progress: entries[entries.length - 1].record.progress, total: opened.total, read });
          });
          // Its failure surfaces where it is awaited (before the next batch, or at the end), not as unhandled.
          writing.catch(() => undefined);
        };
        try {
          for await (const record of opened.read(run.cursor ?? undefined)) {
            position += 1;
            const mapped = mapSafely(connector, record, context);
            if (record.startsBatch || (mapped.kind === 'ok' && keys.has(mapped.key))) await commit();
            batch.push({ position, record, mapped });
            if (mapped.kind === 'ok') keys.add(mapped.key);
            if (batch.length >= batchSize) await commit();
          }
          await commit();
        } finally {
          // A source that failed mid-way leaves the batch being written to finish (or fail) before the connection goes
          // back.
          await writing?.catch(() => undefined);
        }
        await writing;
        await client.query(`update connectors.import_run set status = 'DONE', finished_at = now() where id = $1`, [
          run.id,
        ]);
        return await summarise(client, run, connector.source, Number(process.hrtime.bigint() - started) / 1e9);
      } finally {
        await client.query('select pg_advisory_unlock(hashtext($1))', [lock]).catch(() => undefined);
      }
    });
  } finally {
    await opened.close?.();
  }
}

async function startOrResume(client: PoolClient, source: string, input: string, fingerprint: string): Promise<RunRow> {
  const { rows } = await client.query<RunRow>(
    `update connectors.import_run set resumed_at = now() where source = $1 and fingerprint = $2 and status = 'RUNNING'
      returning id, cursor, read`,
    [source, fingerprint],
  );
  if (rows[0]) return rows[0];
  const id = randomUUID();
  await client.query(
    `insert into connectors.import_run (id, source, input, fingerprint, status, started_at) values ($1, $2, $3, $4,
      'RUNNING', now())`,
    [id, source, input, fingerprint],
  );
  return { id, cursor: null, read: 0 };
}

/** What UNTYPEABLE finds, or a byte sequence that was not UTF-8 (decoded as U+FFFD). */
const NOT_TEXT = new RegExp(`${UNTYPEABLE.source}|\\uFFFD`);
const NOT_TEXT_REASON = 'contains a NUL character or bytes that are not UTF-8';

function holdsNonText(value: unknown): boolean {
  for (const text of stringsIn(value)) if (NOT_TEXT.test(text)) return true;
  return false;
}

/**
 * A mapper that throws has a bug, but the record is still accounted for: quarantined, the run goes on. A record
 * holding what PostgreSQL cannot store as text (a NUL, bytes that are not UTF-8) is quarantined before it reaches
 * the database, where it would fail the whole batch.
 */
function mapSafely(connector: Connector, record: SourceRecord, context: MapContext): Mapped {
  if (NOT_TEXT.test(record.text)) return { kind: 'bad', reason: NOT_TEXT_REASON };
  try {
    const mapped = connector.map(record, context);
    return mapped.kind === 'ok' && holdsNonText(mapped.data) ? { kind: 'bad', reason: NOT_TEXT_REASON } : mapped;
  } catch {
    return { kind: 'bad', reason: 'could not be mapped (a fault in the connector; the record is kept)' };
  }
}

/** The record as the quarantine keeps it: a NUL shown as U+2400 (the text column cannot hold it). */
const storable = (text: string) =>
  text.split('\u0000').join('\u2400').replace(new RegExp(NOT_TEXT.source, 'g'), '\uFFFD');

/** Quarantines the records whose references (a NIK in the register, a household, a facility) are missing. */
async function checkReferences(tx: PoolClient, batch: Entry[]): Promise<void> {
  const wanted = new Map<string, Set<string>>();
  for (const { mapped } of batch) {
    if (mapped.kind !== 'ok') continue;
    for (const ref of mapped.references ?? []) {
      const target = `${ref.table}\0${ref.column}`;
      if (!wanted.has(target)) wanted.set(target, new Set());
      wanted.get(target)!.add(ref.value);
    }
  }
  const found = new Map<string, Set<string>>();
  for (const [target, values] of wanted) {
    const [table, column] = target.split('\0');
    const { rows } = await tx.query<{ value: string }>(
      `select "${column}"::text as value from ${table} where "${column}"::text = any($1::text[])`,
      [[...values]],
    );
    found.set(target, new Set(rows.map((r) => r.value)));
  }
  for (const entry of batch) {
    if (entry.mapped.kind !== 'ok') continue;
    const missing = (entry.mapped.references ?? []).find(
      (ref) => !found.get(`${ref.table}\0${ref.column}`)!.has(ref.value),
    );
    if (missing) entry.mapped = { kind: 'bad', reason: missing.reason };
  }
}

async function commitBatch(
  client: PoolClient,
  connector: Connector,
  runId: string,
  batch: Entry[],
  context: MapContext,
  afterCommit: ImportOptions['afterCommit'],
): Promise<number> {
  let outcomes: Outcome[];
  let good: MappedRecord[];
  await client.query('begin');
  try {
    await checkReferences(client, batch);
    good = batch.flatMap(({ mapped }) => (mapped.kind === 'ok' ? [mapped] : []));
    try {
      outcomes = await connector.write(client, good, context);
    } catch (error) {
      if (!DATABASE_ERROR(error)) throw error;
      // Something in the batch broke a constraint the mapper does not know of: find which records, one at a time.
      await client.query('rollback');
      await client.query('begin');
      await checkReferences(client, batch);
      ({ good, outcomes } = await writeOneByOne(client, connector, batch, context));
    }
    const bad = batch.filter((entry) => entry.mapped.kind === 'bad');
    if (bad.length > 0) {
      await client.query(
        `insert into connectors.quarantine (run_id, position, reason, record) select $1, * from unnest($2::int[],
          $3::text[], $4::text[]) on conflict do nothing`,
        [
          runId,
          bad.map((e) => e.position),
          bad.map((e) => (e.mapped as { reason: string }).reason),
          bad.map((e) => storable(e.record.text)),
        ],
      );
    }
    const count = (outcome: Outcome) => outcomes.filter((o) => o === outcome).length;
    const last = batch[batch.length - 1].record;
    const {
      rows: [run],
    } = await client.query<{ read: number }>(
      `update connectors.import_run set cursor = $2, progress = $3, read = read + $4, inserted = inserted + $5,
        updated = updated + $6, unchanged = unchanged + $7, quarantined = quarantined + $8
        where id = $1 returning read`,
      [
        runId,
        last.cursor,
        last.progress,
        batch.length,
        count('inserted'),
        count('updated'),
        count('unchanged'),
        bad.length,
      ],
    );
    await client.query('commit');
    if (afterCommit && good.length > 0) await afterCommit(good, outcomes);
    return run.read;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

async function writeOneByOne(
  client: PoolClient,
  connector: Connector,
  batch: Entry[],
  context: MapContext,
): Promise<{ good: MappedRecord[]; outcomes: Outcome[] }> {
  const good: MappedRecord[] = [];
  const outcomes: Outcome[] = [];
  for (const entry of batch) {
    if (entry.mapped.kind !== 'ok') continue;
    await client.query('savepoint one_record');
    try {
      const [outcome] = await connector.write(client, [entry.mapped], context);
      await client.query('release savepoint one_record');
      good.push(entry.mapped);
      outcomes.push(outcome);
    } catch (error) {
      if (!DATABASE_ERROR(error)) throw error;
      await client.query('rollback to savepoint one_record');
      // The constraint's name, never the database's message: that quotes the values.
      entry.mapped = {
        kind: 'bad',
        reason: `refused by the database (${error.constraint ?? `SQLSTATE ${error.code}`})`,
      };
    }
  }
  return { good, outcomes };
}

async function summarise(client: PoolClient, run: RunRow, source: string, seconds: number): Promise<ImportSummary> {
  const {
    rows: [counts],
  } = await client.query<{ read: number; inserted: number; updated: number; unchanged: number; quarantined: number }>(
    'select read, inserted, updated, unchanged, quarantined from connectors.import_run where id = $1',
    [run.id],
  );
  const { rows: reasons } = await client.query<{ reason: string; count: string }>(
    'select reason, count(*) as count from connectors.quarantine where run_id = $1 group by reason order by count(*) ' +
      'desc, reason limit 10',
    [run.id],
  );
  const { rows: examples } = await client.query<{ position: number; reason: string }>(
    'select position, reason from connectors.quarantine where run_id = $1 order by position limit 5',
    [run.id],
  );
  return {
    runId: run.id,
    source,
    resumedAfter: run.read,
    ...counts,
    seconds,
    reasons: reasons.map((r) => ({ reason: r.reason, count: Number(r.count) })),
    examples,
  };
}
