import {
  append,
  appendLeaf,
  consistencyProof,
  EMPTY_FRONTIER,
  EMPTY_ROOT,
  frontierRoot,
  inclusionPath,
  inclusionProof,
  leafHash,
  rootOf,
  verifyConsistency,
  verifyInclusion,
  type Frontier,
  type Hash,
} from '../../policy/audit/merkle';

// Known answers from Certificate Transparency's reference implementation (RFC 6962 test vectors): the eight
// leaves "", 00, 10, 2021, 3031, 40414243, 5051525354555657, 606162636465666768696a6b6c6d6e6f.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(
  (hex) => leafHash(Buffer.from(hex, 'hex')),
);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const hex = (hashes: readonly Hash[]) => hashes.map((h) => h.toString('hex'));
const flip = (hash: Hash) => Buffer.from(hash.map((byte, i) => (i === 0 ? byte ^ 1 : byte)));

describe('RFC 6962 Merkle tree', () => {
  it('hashes the empty tree as SHA-256 of nothing', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(frontierRoot(EMPTY_FRONTIER)).toEqual(EMPTY_ROOT);
  });

  it('gives the known roots for trees of 1 to 8 leaves, from the definition and from the frontier alike', () => {
    let frontier: Frontier = EMPTY_FRONTIER;
    for (let n = 1; n <= 8; n += 1) {
      frontier = append(frontier, LEAVES[n - 1]);
      expect([n, rootOf(LEAVES.slice(0, n)).toString('hex')]).toEqual([n, ROOTS[n - 1]]);
      expect([n, frontierRoot(frontier).toString('hex')]).toEqual([n, ROOTS[n - 1]]);
    }
    expect(frontier.subtrees).toHaveLength(1);
  });

  it('keeps the frontier equal to the definition for every size up to 300', () => {
    const leaves = Array.from({ length: 300 }, (_, i) => leafHash(Buffer.from(`event ${i}`)));
    let frontier: Frontier = EMPTY_FRONTIER;
    for (let n = 1; n <= leaves.length; n += 1) {
      frontier = append(frontier, leaves[n - 1]);
      if (!frontierRoot(frontier).equals(rootOf(leaves.slice(0, n))))
        throw new Error(`frontier root differs at size ${n}`);
    }
  });

  it('produces the known inclusion proofs, which verify; corrupted ones do not', () => {
    const known: [number, number, string[]][] = [
      [
        0,
        8,
        [
          '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
          '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
          '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
        ],
      ],
      [
        5,
        8,
        [
          'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
          'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
          'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
        ],
      ],
      [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
      [
        1,
        5,
        [
          '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
          '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
          'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
        ],
      ],
    ];
    for (const [index, size, path] of known) {
      const proof = inclusionProof(index, LEAVES.slice(0, size));
      expect(hex(proof)).toEqual(path);
      const root = Buffer.from(ROOTS[size - 1], 'hex');
      expect(verifyInclusion(LEAVES[index], index, size, proof, root)).toBe(true);
      // Corruptions: a flipped bit in any step, a dropped or an extra step, the wrong index, leaf or root, an index
      // past the end.
      for (let i = 0; i < proof.length; i += 1)
        expect(
          verifyInclusion(
            LEAVES[index],
            index,
            size,
            proof.map((p, j) => (j === i ? flip(p) : p)),
            root,
          ),
        ).toBe(false);
      expect(verifyInclusion(LEAVES[index], index, size, proof.slice(1), root)).toBe(false);
      expect(verifyInclusion(LEAVES[index], index, size, [...proof, LEAVES[0]], root)).toBe(false);
      expect(verifyInclusion(LEAVES[index], index ^ 1, size, proof, root)).toBe(false);
      expect(verifyInclusion(flip(LEAVES[index]), index, size, proof, root)).toBe(false);
      expect(verifyInclusion(LEAVES[index], index, size, proof, flip(root))).toBe(false);
      expect(verifyInclusion(LEAVES[index], size, size, proof, root)).toBe(false);
    }
  });

  it('builds every inclusion proof up to 100 leaves from the perfect subtrees each append completes', () => {
    // What the log stores: each leaf's hash and the subtrees its append completed, keyed as the reader asks.
    const leaves = Array.from({ length: 100 }, (_, i) => leafHash(Buffer.from(`event ${i}`)));
    const stored = new Map<string, Hash>();
    let frontier: Frontier = EMPTY_FRONTIER;
    leaves.forEach((leaf, i) => {
      const { frontier: next, completed } = appendLeaf(frontier, leaf);
      stored.set(`${i}/0`, leaf);
      completed.forEach((node, l) => stored.set(`${i + 1 - 2 ** (l + 1)}/${l + 1}`, node));
      frontier = next;
    });
    const reads: string[] = [];
    const perfect = (start: number, level: number) => {
      const key = `${start}/${level}`;
      reads.push(key);
      const node = stored.get(key);
      if (!node) throw new Error(`no stored subtree ${key}`);
      return node;
    };
    for (let size = 1; size <= leaves.length; size += 1) {
      const root = rootOf(leaves.slice(0, size));
      for (let index = 0; index < size; index += 1) {
        reads.length = 0;
        const path = inclusionPath(index, size, perfect);
        expect(hex(path)).toEqual(hex(inclusionProof(index, leaves.slice(0, size))));
        expect(verifyInclusion(leaves[index], index, size, path, root)).toBe(true);
        // Never the whole tree: at most 2 log2(size) stored nodes.
        expect(reads.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(size)));
      }
    }
    expect(() => inclusionPath(3, 3, perfect)).toThrow(RangeError);
  });

  it('produces the known consistency proofs, which verify; corrupted ones do not', () => {
    const known: [number, number, string[]][] = [
      [
        1,
        8,
        [
          '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
          '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
          '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
        ],
      ],
      [
        6,
        8,
        [
          '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
          'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
          'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
        ],
      ],
      [
        2,
        5,
        [
          '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
          'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
        ],
      ],
    ];
    for (const [m, n, path] of known) {
      const proof = consistencyProof(m, LEAVES.slice(0, n));
      expect(hex(proof)).toEqual(path);
      const [root1, root2] = [Buffer.from(ROOTS[m - 1], 'hex'), Buffer.from(ROOTS[n - 1], 'hex')];
      expect(verifyConsistency(m, n, proof, root1, root2)).toBe(true);
      for (let i = 0; i < proof.length; i += 1)
        expect(
          verifyConsistency(
            m,
            n,
            proof.map((p, j) => (j === i ? flip(p) : p)),
            root1,
            root2,
          ),
        ).toBe(false);
      expect(verifyConsistency(m, n, proof.slice(0, -1), root1, root2)).toBe(false);
      expect(verifyConsistency(m, n, [], root1, root2)).toBe(false);
      expect(verifyConsistency(m, n, proof, flip(root1), root2)).toBe(false);
      expect(verifyConsistency(m, n, proof, root1, flip(root2))).toBe(false);
    }
    // Every pair up to 8 leaves proves and verifies.
    for (let n = 1; n <= 8; n += 1) {
      for (let m = 1; m <= n; m += 1) {
        expect(
          verifyConsistency(
            m,
            n,
            consistencyProof(m, LEAVES.slice(0, n)),
            Buffer.from(ROOTS[m - 1], 'hex'),
            Buffer.from(ROOTS[n - 1], 'hex'),
          ),
        ).toBe(true);
      }
    }
  });
});
