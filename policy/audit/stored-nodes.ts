import type { SqlExecutor } from './access-log';
import { inclusionPath, type Frontier, type Hash } from './merkle';

/**
 * The tree's nodes as the log stores them: the perfect subtree of 2^level leaves starting at leaf `start` is kept
 * on the event that completed it (position start + 2^level): its leaf hash at level 0, `subtree_roots[level]`
 * above. Proofs and a verification that starts mid-log read these instead of every leaf before them.
 */
const key = (start: number, level: number) => `${start + 2 ** level}/${level}`;

/** Reads the nodes named, in one statement; a node missing or malformed is an error naming it. */
export async function readStoredNodes(
  execute: SqlExecutor,
  nodes: readonly { start: number; level: number }[],
): Promise<(start: number, level: number) => Hash> {
  const wanted = new Map(nodes.map(({ start, level }) => [key(start, level), { position: start + 2 ** level, level }]));
  const rows =
    wanted.size === 0
      ? []
      : await execute(
          `select x.position, x.level,
                  encode(case when x.level = 0 then e.leaf_hash else e.subtree_roots[x.level] end, 'hex') as hash
             from jsonb_to_recordset(?::jsonb) as x(position bigint, level int)
             join audit.access_event e on e.position = x.position`,
          [JSON.stringify([...wanted.values()])],
        );
  const found = new Map(rows.map((row) => [`${row.position}/${row.level}`, String(row.hash ?? '')]));
  return (start, level) => {
    const hex = found.get(key(start, level));
    // A node missing or malformed would give a proof that cannot verify: say so rather than hand one out.
    if (!hex || hex.length !== 64) throw new Error(`the access log has no subtree root ${key(start, level)}`);
    return Buffer.from(hex, 'hex');
  };
}

/**
 * Inclusion proofs (RFC 6962 2.1.1) of the events at these positions in the tree of `size` leaves, all from one
 * read of the stored nodes they need (at most 2 log2(size) per proof): per position, its leaf hash and its audit
 * path, leaf first.
 */
export async function inclusionProofsAt(
  execute: SqlExecutor,
  size: number,
  positions: readonly number[],
): Promise<Map<number, { leafHash: Hash; path: Hash[] }>> {
  // A first walk only lists the stored nodes the proofs need; the second builds them from what was read.
  const needed: { start: number; level: number }[] = [];
  const record = (start: number, level: number): Hash => {
    needed.push({ start, level });
    return Buffer.alloc(32);
  };
  for (const position of positions) {
    record(position - 1, 0);
    inclusionPath(position - 1, size, record);
  }
  const stored = await readStoredNodes(execute, needed);
  return new Map(
    positions.map((position) => [
      position,
      { leafHash: stored(position - 1, 0), path: inclusionPath(position - 1, size, stored) },
    ]),
  );
}

/** The tree's right edge at `size` leaves, from the stored roots of its perfect subtrees (one per set bit). */
export async function storedFrontier(execute: SqlExecutor, size: number): Promise<Frontier> {
  const subtrees: { start: number; level: number }[] = [];
  for (let start = 0, level = Math.floor(Math.log2(Math.max(size, 1))); start < size; level -= 1)
    if (start + 2 ** level <= size) {
      subtrees.push({ start, level });
      start += 2 ** level;
    }
  const stored = await readStoredNodes(execute, subtrees);
  return { size, subtrees: subtrees.map(({ start, level }) => stored(start, level)) };
}
