import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency), section 2.1, over SHA-256 with domain separation:
 * a leaf hashes as SHA-256(0x00 || data), an inner node as SHA-256(0x01 || left || right), so a leaf can never
 * pass for a node. The tree over n leaves splits at the largest power of two below n; the empty tree's hash is
 * SHA-256 of nothing.
 */
export type Hash = Buffer;

const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);

export function leafHash(data: Buffer): Hash {
  return createHash('sha256').update(LEAF).update(data).digest();
}

function nodeHash(left: Hash, right: Hash): Hash {
  return createHash('sha256').update(NODE).update(left).update(right).digest();
}

export const EMPTY_ROOT: Hash = createHash('sha256').digest();

/** The largest power of two strictly below n (n >= 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) straight from the definition, over leaf hashes: for tests and for small ranges. */
export function rootOf(leaves: readonly Hash[]): Hash {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0];
  const k = split(leaves.length);
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)));
}

/**
 * The tree's right edge: the roots of its perfect subtrees, largest first (one per set bit of the size). It is
 * all that appending needs, so the log stores it with its head instead of re-reading every leaf, and a
 * verifier walking the leaves in order gets the root at every size in O(log n).
 */
export interface Frontier {
  readonly size: number;
  readonly subtrees: readonly Hash[];
}

export const EMPTY_FRONTIER: Frontier = { size: 0, subtrees: [] };

export function append(frontier: Frontier, leaf: Hash): Frontier {
  return appendLeaf(frontier, leaf).frontier;
}

/**
 * Appends a leaf and also returns the perfect subtrees it completes, smallest first: `completed[l - 1]` is the
 * root of the 2^l leaves ending with this one. The log stores them with the leaf, so that an inclusion proof
 * reads at most 2 log2(n) stored nodes instead of n leaves.
 */
export function appendLeaf(frontier: Frontier, leaf: Hash): { frontier: Frontier; completed: Hash[] } {
  const subtrees = [...frontier.subtrees];
  const completed: Hash[] = [];
  let node = leaf;
  // Merge equal-sized subtrees while the new size carries over, as in binary addition.
  for (let size = frontier.size; size % 2 === 1; size = Math.floor(size / 2)) {
    node = nodeHash(subtrees.pop()!, node);
    completed.push(node);
  }
  subtrees.push(node);
  return { frontier: { size: frontier.size + 1, subtrees }, completed };
}

/** The root of the tree a frontier describes: its subtrees folded from the right, which is exactly MTH. */
export function frontierRoot(frontier: Frontier): Hash {
  if (frontier.subtrees.length === 0) return EMPTY_ROOT;
  let root = frontier.subtrees[frontier.subtrees.length - 1];
  for (let i = frontier.subtrees.length - 2; i >= 0; i -= 1) root = nodeHash(frontier.subtrees[i], root);
  return root;
}

/** PATH(m, D[n]) of RFC 6962 2.1.1: the audit path proving leaf m is in the tree of these leaves. */
export function inclusionProof(index: number, leaves: readonly Hash[]): Hash[] {
  if (index < 0 || index >= leaves.length) throw new RangeError(`leaf ${index} is not in a tree of ${leaves.length}`);
  if (leaves.length === 1) return [];
  const k = split(leaves.length);
  return index < k
    ? [...inclusionProof(index, leaves.slice(0, k)), rootOf(leaves.slice(k))]
    : [...inclusionProof(index - k, leaves.slice(k)), rootOf(leaves.slice(0, k))];
}

/** The root of the perfect subtree of 2^level leaves starting at leaf `start` (a multiple of 2^level). */
export type PerfectSubtree = (start: number, level: number) => Hash;

/** MTH over leaves [start, start + size), from the perfect subtrees it splits into (at most log2(size)). */
function rangeRoot(start: number, size: number, perfect: PerfectSubtree): Hash {
  if ((size & (size - 1)) === 0) return perfect(start, Math.log2(size));
  const k = split(size);
  return nodeHash(perfect(start, Math.log2(k)), rangeRoot(start + k, size - k, perfect));
}

/**
 * PATH(index, D[size]) as `inclusionProof` computes it, but from the roots of perfect subtrees: every range the
 * recursion of RFC 6962 2.1.1 needs starts at a multiple of its largest power of two, so it is made of stored
 * nodes. Only the first step to the left can need a range that is not a perfect subtree (once the walk goes
 * left, what remains is one); so it reads at most 2 log2(size) of them (40 at 282 million leaves).
 */
export function inclusionPath(index: number, size: number, perfect: PerfectSubtree): Hash[] {
  if (index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const path: Hash[] = [];
  let start = 0;
  let remaining = size;
  let at = index;
  // Walk down from the root, collecting each sibling; the path lists them from the leaf up.
  while (remaining > 1) {
    const k = split(remaining);
    if (at < k) {
      path.push(rangeRoot(start + k, remaining - k, perfect));
      remaining = k;
    } else {
      path.push(perfect(start, Math.log2(k)));
      start += k;
      at -= k;
      remaining -= k;
    }
  }
  return path.reverse();
}

/** Whether `proof` shows that `leaf` is leaf `index` of the tree of `size` leaves with `root` (RFC 9162 2.1.3.2). */
export function verifyInclusion(leaf: Hash, index: number, size: number, proof: readonly Hash[], root: Hash): boolean {
  if (index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** PROOF(m, D[n]) of RFC 6962 2.1.2: that the tree of the first m leaves is a prefix of the tree of n. */
export function consistencyProof(m: number, leaves: readonly Hash[]): Hash[] {
  if (m < 1 || m > leaves.length) throw new RangeError(`no consistency proof from ${m} to ${leaves.length}`);
  const subproof = (m: number, leaves: readonly Hash[], complete: boolean): Hash[] => {
    if (m === leaves.length) return complete ? [] : [rootOf(leaves)];
    const k = split(leaves.length);
    return m <= k
      ? [...subproof(m, leaves.slice(0, k), complete), rootOf(leaves.slice(k))]
      : [...subproof(m - k, leaves.slice(k), false), rootOf(leaves.slice(0, k))];
  };
  return subproof(m, leaves, true);
}

/** Whether `proof` shows the tree (size1, root1) is a prefix of the tree (size2, root2) (RFC 9162 2.1.4.2). */
export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Hash[],
  root1: Hash,
  root2: Hash,
): boolean {
  if (size1 < 1 || size1 > size2) return false;
  if (size1 === size2) return proof.length === 0 && root1.equals(root2);
  if (proof.length === 0) return false;
  const path = size1 & (size1 - 1) ? [...proof] : [root1, ...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(root1) && sr.equals(root2);
}
