import type { KeyObject } from 'node:crypto';
import type { SqlExecutor } from './access-log';
import { eventLeafHash, type EventKind, type LoggedEvent } from './event';
import { appendLeaf, EMPTY_FRONTIER, frontierRoot, type Frontier } from './merkle';
import { checkpointVerifier, type Checkpoint } from './signer';
import { storedFrontier } from './stored-nodes';

/** A checkpoint verified earlier and kept outside the database, so a rollback of the database shows. */
export interface Witness {
  size: number;
  root: string;
}

export type Verification =
  /** `events` and `checkpoints`: those verified (with a range, its sealed stretch only). */
  | { kind: 'ok'; events: number; checkpoints: number; latest: Checkpoint | null }
  | { kind: 'failed'; position: number | null; problem: string };

const PAGE = 10_000;

/** The event columns as text, exactly as stored (the timestamp to the microsecond): what `eventOf` reads. */
export const EVENT_COLUMNS = `position, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as at, kind,
  request_id, actor_subject, actor_role,
  client_id, purpose, nik, decision, basis, consent_ids, rule_version, scopes, refused_scopes, fields, reason, detail,
  encode(leaf_hash, 'hex') as leaf_hash,
  (select coalesce(string_agg(encode(r, 'hex'), ',' order by i), '') from unnest(subtree_roots) with ordinality u(r, i))
    as subtree_roots`;

const SELECT_EVENTS = `select ${EVENT_COLUMNS}
  from audit.access_event where position > ? and position <= ? order by position limit ${PAGE}`;

/** An event as the writer wrote it, or why the stored row cannot be one (a timestamp finer than it writes). */
export function eventOf(row: Record<string, unknown>): LoggedEvent | string {
  const at = String(row.at);
  if (!at.endsWith('000')) return 'its time has been changed (finer than the millisecond the log writes)';
  return {
    position: Number(row.position),
    at: new Date(`${at.slice(0, -3)}Z`),
    kind: row.kind as EventKind,
    requestId: String(row.request_id),
    actorSubject: String(row.actor_subject),
    actorRole: String(row.actor_role),
    clientId: (row.client_id as string | null) ?? null,
    purpose: (row.purpose as string | null) ?? null,
    nik: (row.nik as string | null) ?? null,
    decision: (row.decision as LoggedEvent['decision']) ?? null,
    basis: (row.basis as string | null) ?? null,
    consentIds: row.consent_ids as string[],
    ruleVersion: row.rule_version === null ? null : Number(row.rule_version),
    scopes: row.scopes as string[],
    refusedScopes: row.refused_scopes as string[],
    fields: row.fields as string[],
    reason: (row.reason as string | null) ?? null,
    detail: (row.detail as Record<string, unknown> | null) ?? null,
  };
}

/**
 * Recomputes the whole log and checks it against its signed checkpoints, reporting the first problem:
 * - a missing position (an event deleted), or an event whose contents no longer match its leaf hash (edited,
 *   or moved to another position): that position;
 * - a checkpoint whose signature fails, or whose root the events before it no longer produce (an event edited
 *   together with its stored hash): the range of positions it seals;
 * - an event whose stored subtree roots (what inclusion proofs are built from) the leaves do not produce;
 * - events past the last checkpoint (inserted afterwards), or a last checkpoint beyond the last event;
 * - with a witness: a log now shorter than a checkpoint verified before, or whose first events differ from
 *   those verified then (the database rolled back or rewritten).
 * - an event whose stored subtree roots (what inclusion proofs are built from) its leaves do not produce;
 * Memory: the checkpoints and the tree's right edge; events are read a page at a time.
 *
 * With `range` (positions `first` to `last`, e.g. one month's events), only the stretch of the log that signed
 * checkpoints seal around it is recomputed: from the last checkpoint before `first` (its tree's right edge read
 * from the stored subtree roots, which must produce its signed root) to the first checkpoint at or after `last`.
 * A witness is not read then (it speaks of the whole log).
 */
export async function verifyLog(
  execute: SqlExecutor,
  options: { publicKey: KeyObject; witness?: Witness; range?: { first: number; last: number } },
): Promise<Verification> {
  const signedBy = checkpointVerifier(options.publicKey);
  const checkpoints: Checkpoint[] = (
    await execute('select size, root, at, key_id, signature from audit.checkpoint order by size', [])
  ).map((row) => ({
    size: Number(row.size),
    root: row.root as Buffer,
    at: new Date(row.at as string),
    keyId: String(row.key_id),
    signature: row.signature as Buffer,
  }));
  for (const checkpoint of checkpoints) {
    if (!signedBy(checkpoint))
      return {
        kind: 'failed',
        position: null,
        problem: `the checkpoint of size ${checkpoint.size} is not signed by the access-log key`,
      };
  }
  const range = options.range;
  const witness = range ? undefined : options.witness;
  const latest = (range ? checkpoints.find((c) => c.size >= range.last) : checkpoints.at(-1)) ?? null;
  if (range && !latest)
    return {
      kind: 'failed',
      position: range.last,
      problem: `the events to position ${range.last} are sealed by no checkpoint (inserted afterwards)`,
    };
  if (witness && witness.size > (latest?.size ?? 0)) {
    return {
      kind: 'failed',
      position: null,
      problem:
        `rolled back: a checkpoint of ${witness.size} events was verified before, the log's latest now ` +
        `seals ${latest?.size ?? 0}`,
    };
  }

  const start = range ? ([...checkpoints].reverse().find((c) => c.size < range.first) ?? null) : null;
  let frontier: Frontier = EMPTY_FRONTIER;
  if (start) {
    const problem = `the tree's stored nodes at ${start.size} events do not produce the root its checkpoint signed`;
    try {
      frontier = await storedFrontier(execute, start.size);
    } catch (error) {
      return { kind: 'failed', position: null, problem: `${problem} (${(error as Error).message})` };
    }
    if (!frontierRoot(frontier).equals(start.root)) return { kind: 'failed', position: null, problem };
  }
  const until = range ? latest!.size : Number.MAX_SAFE_INTEGER;
  let next = 0;
  let sealedUpTo = frontier.size;
  let badNodesAt: number | null = null;
  for (;;) {
    const rows = await execute(SELECT_EVENTS, [frontier.size, until]);
    for (const row of rows) {
      const expected = frontier.size + 1;
      if (Number(row.position) !== expected)
        return {
          kind: 'failed',
          position: expected,
          problem: `the event at position ${expected} is missing (deleted)`,
        };
      const event = eventOf(row);
      if (typeof event === 'string')
        return { kind: 'failed', position: expected, problem: `the event at position ${expected}: ${event}` };
      const leaf = eventLeafHash(event);
      if (leaf.toString('hex') !== row.leaf_hash)
        return {
          kind: 'failed',
          position: expected,
          problem:
            `the event at position ${expected} does not match its leaf hash (edited or moved after it was ` +
            `written)`,
        };
      const appended = appendLeaf(frontier, leaf);
      // Reported only if the events and checkpoints hold: an event rewritten is the finding that matters then.
      if (badNodesAt === null && appended.completed.map((node) => node.toString('hex')).join(',') !== row.subtree_roots)
        badNodesAt = expected;
      frontier = appended.frontier;
      while (next < checkpoints.length && checkpoints[next].size < frontier.size) next += 1;
      if (next < checkpoints.length && checkpoints[next].size === frontier.size) {
        if (!frontierRoot(frontier).equals(checkpoints[next].root)) {
          return {
            kind: 'failed',
            position: sealedUpTo + 1,
            problem:
              `the events at positions ${sealedUpTo + 1} to ${frontier.size} no longer produce the root their ` +
              `checkpoint signed (an event rewritten with its hash)`,
          };
        }
        sealedUpTo = frontier.size;
      }
      if (witness && frontier.size === witness.size && frontierRoot(frontier).toString('base64') !== witness.root) {
        return {
          kind: 'failed',
          position: null,
          problem: `rewritten: the first ${witness.size} events differ from those verified before`,
        };
      }
    }
    if (rows.length < PAGE) break;
  }
  if (latest && frontier.size < latest.size)
    return {
      kind: 'failed',
      position: frontier.size + 1,
      problem:
        `the log ends at position ${frontier.size} but a checkpoint seals ${latest.size} events (deleted from ` +
        `the end)`,
    };
  if (frontier.size > sealedUpTo)
    return {
      kind: 'failed',
      position: sealedUpTo + 1,
      problem: `the events from position ${sealedUpTo + 1} are sealed by no checkpoint (inserted afterwards)`,
    };
  if (badNodesAt !== null)
    return {
      kind: 'failed',
      position: badNodesAt,
      problem:
        `the event at position ${badNodesAt} stores inner nodes of the tree that the leaves do not produce ` +
        `(inclusion proofs through it would not verify)`,
    };
  const verified = checkpoints.filter((c) => c.size > (start?.size ?? 0) && c.size <= frontier.size).length;
  return { kind: 'ok', events: frontier.size - (start?.size ?? 0), checkpoints: verified, latest };
}
