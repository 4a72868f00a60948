import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionExecutor } from '../../hub/orm';
import { inputError } from '../../schema/errors';
import { isScope, SCOPES } from '../../schema/scopes';
import { inclusionProofsAt } from '../../policy/audit/stored-nodes';
import { AccessEvent } from './entities/access-event.entity';
import type { AccessEventFilter } from './entities/access-event.filter';
import { CheckpointRow } from './entities/checkpoint.entity';
import {
  AccessEventPage,
  AccessLogPage,
  BreachScope,
  type QuotaAlert,
  type AccessLogEntry,
  type DataCategory,
} from './entities/log.types';

/** The role every read of the log runs as: SELECT on the log and nothing else (migration). */
export const LOG_READER_ROLE = 'citizen360_log_reader';

/**
 * Runs reads of the access log in a read-only transaction as LOG_READER_ROLE, so that the database itself
 * refuses any change, whatever the code above it does.
 */
export function readLog<T>(em: EntityManager, read: (em: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    const execute = transactionExecutor(tx);
    await execute('set transaction read only', []);
    await execute(`set local role ${LOG_READER_ROLE}`, []);
    return read(tx);
  });
}

function categories(scopes: readonly string[]): DataCategory[] {
  return scopes.map((scope) => ({ scope, description: isScope(scope) ? SCOPES[scope].description : scope }));
}

const encodeCursor = (position: number) => Buffer.from(`p${position}`).toString('base64url');

function decodeCursor(cursor: string | null | undefined): number | undefined {
  if (!cursor) return undefined;
  const match = /^p([0-9]{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw inputError('after is not a cursor this log gave out');
  return Number(match[1]);
}

function pageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw inputError(`first must be 1 to ${max}`);
  return first;
}

/**
 * A citizen's own log, newest first: every access to their data by someone else, refused ones included, and
 * their consent grants and revocations; their own reads only with `includeOwn`.
 */
export async function citizenLog(
  em: EntityManager,
  nik: string,
  options: { first: number; after?: string | null; includeOwn: boolean },
): Promise<AccessLogPage> {
  const first = pageSize(options.first, 100);
  const before = decodeCursor(options.after);
  const rows = await readLog(em, (tx) =>
    tx.find(
      AccessEvent,
      {
        nik,
        ...(before ? { position: { $lt: before } } : {}),
        ...(options.includeOwn ? {} : { $or: [{ kind: { $ne: 'ACCESS' } }, { actorSubject: { $ne: nik } }] }),
      },
      { orderBy: { position: 'desc' }, limit: first + 1 },
    ),
  );
  const entries: AccessLogEntry[] = rows.slice(0, first).map((row) => ({
    position: row.position,
    at: row.at,
    kind: row.kind,
    role: row.actorRole,
    client: row.clientId ? { id: row.clientId } : null,
    purpose: row.purpose ? { code: row.purpose } : null,
    categories: categories(row.scopes),
    refusedCategories: categories(row.refusedScopes),
    legalBasis: row.basis,
    consentIds: row.consentIds,
    decision: row.decision,
  }));
  return Object.assign(new AccessLogPage(), {
    entries,
    hasMore: rows.length > first,
    endCursor: entries.length > 0 ? encodeCursor(entries[entries.length - 1].position) : null,
  });
}

/** Events matching every condition of the filter, newest first (auditors). */
export async function findEvents(
  em: EntityManager,
  filter: AccessEventFilter,
  options: { first: number; after?: string | null },
): Promise<AccessEventPage> {
  const first = pageSize(options.first, 500);
  const before = decodeCursor(options.after);
  if (filter.from && filter.to && filter.from >= filter.to) throw inputError('from must be before to');
  const where = {
    ...(filter.nik ? { nik: filter.nik } : {}),
    ...(filter.clientId ? { clientId: filter.clientId } : {}),
    ...(filter.purpose ? { purpose: filter.purpose } : {}),
    ...(filter.decision ? { decision: filter.decision } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) } }
      : {}),
    ...(before ? { position: { $lt: before } } : {}),
  };
  const rows = await readLog(em, (tx) =>
    tx.find(AccessEvent, where, { orderBy: { position: 'desc' }, limit: first + 1 }),
  );
  const events = rows.slice(0, first);
  return Object.assign(new AccessEventPage(), {
    events,
    hasMore: rows.length > first,
    endCursor: events.length > 0 ? encodeCursor(events[events.length - 1].position) : null,
  });
}

/**
 * Everyone whose data a client received in [from, to), with which data, how often and when: what a notice to
 * the people affected and to the authority needs (UU PDP Pasal 46, within 3x24 hours). Releases only: refused
 * requests gave the client nothing.
 */
/**
 * The clients refused for their quota in [from, to), by limit (from the access log's REFUSED events, whose reason
 * starts `RATE_LIMITED: client ... is over its quota (<limit>: ...`). One row per request refused.
 */
export async function quotaAlerts(em: EntityManager, from: Date, to: Date): Promise<QuotaAlert[]> {
  if (from >= to) throw inputError('from must be before to');
  return readLog(em, async (tx) => {
    const rows = await transactionExecutor(tx)(
      `select client_id, substring(reason from 'over its quota \\((\\w+):') as limit_name,
              count(distinct request_id)::int as refusals, min(at) as first_at, max(at) as last_at
         from audit.access_event
        where kind = 'ACCESS' and decision = 'REFUSED' and reason like 'RATE_LIMITED:%' and at >= ? and at < ?
          and client_id is not null
        group by client_id, limit_name order by max(at) desc limit 1000`,
      [from, to],
    );
    return rows.map((row) => ({
      clientId: String(row.client_id),
      limit: String(row.limit_name),
      refusals: Number(row.refusals),
      firstAt: new Date(row.first_at as string),
      lastAt: new Date(row.last_at as string),
    }));
  });
}

export async function breachScope(
  em: EntityManager,
  clientId: string,
  from: Date,
  to: Date,
  options: { first: number; after?: string | null },
): Promise<BreachScope> {
  if (from >= to) throw inputError('from must be before to');
  const first = pageSize(options.first, 10_000);
  if (options.after && !/^[0-9]{16}$/.test(options.after))
    throw inputError('after must be the last NIK of the previous page');
  return readLog(em, async (tx) => {
    const execute = transactionExecutor(tx);
    const window = [clientId, from, to];
    const released =
      `kind = 'ACCESS' and decision in ('ALLOWED', 'PARTIAL') and nik is not null and client_id = ? ` +
      `and at >= ? and at < ?`;
    const [totals] = await execute(
      `select count(distinct nik)::int as people, coalesce(array_agg(distinct scope order by scope), '{}') as scopes
         from audit.access_event, unnest(scopes) as scope where ${released}`,
      window,
    );
    const subjects = await execute(
      `select nik, array_agg(distinct scope order by scope) as scopes, count(distinct position)::int as releases,
        min(at) as first_release, max(at) as last_release
         from audit.access_event, unnest(scopes) as scope where ${released} ${options.after ? 'and nik > ?' : ''}
        group by nik order by nik limit ?`,
      [...window, ...(options.after ? [options.after] : []), first],
    );
    return Object.assign(new BreachScope(), {
      clientId,
      from,
      to,
      affectedPeople: Number(totals.people),
      categories: categories(totals.scopes as string[]),
      subjects: subjects.map((row) => ({
        nik: String(row.nik),
        categories: categories(row.scopes as string[]),
        releases: Number(row.releases),
        firstRelease: new Date(row.first_release as string),
        lastRelease: new Date(row.last_release as string),
      })),
    });
  });
}

export async function latestCheckpoint(em: EntityManager): Promise<CheckpointRow | null> {
  const [latest] = await readLog(em, (tx) => tx.find(CheckpointRow, {}, { orderBy: { size: 'desc' }, limit: 1 }));
  return latest ?? null;
}

/** That the events at some positions are in the log as the latest checkpoint seals it. */
export interface Inclusions {
  checkpoint: CheckpointRow;
  /** Per position: its leaf hash and the audit path to the checkpoint's root, leaf first. */
  proofs: Map<number, { leafHash: Buffer; path: Buffer[] }>;
}

/**
 * Inclusion proofs (RFC 6962 2.1.1) for events, against the latest checkpoint, all from one read of the nodes
 * they need: each proof is built from the perfect subtrees the log stored at append time (a leaf's hash, or
 * `subtree_roots[l]` on the row that completed 2^l leaves), so at most 2 log2(n) rows per proof, never the whole log.
 * A position past the checkpoint, or not in the log, gets no proof.
 */
export async function inclusionProofs(em: EntityManager, positions: readonly number[]): Promise<Inclusions | null> {
  return readLog(em, async (tx) => {
    const [checkpoint] = await tx.find(CheckpointRow, {}, { orderBy: { size: 'desc' }, limit: 1 });
    if (!checkpoint) return null;
    const size = Number(checkpoint.size);
    const sealed = [...new Set(positions)].filter((p) => Number.isInteger(p) && p >= 1 && p <= size);
    const proofs = await inclusionProofsAt(transactionExecutor(tx), size, sealed);
    return { checkpoint, proofs };
  });
}
