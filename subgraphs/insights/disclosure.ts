/** Record keys are 32-bit fractions: a key k in [0, 1) is held as the integer k * 2^32. */
export const KEY_SCALE = 2 ** 32;

/** A cell as counted: its coordinates, how many people (or households), and the sum of their record keys. */
export interface RawCell {
  coordinates: Record<string, string>;
  count: number;
  /**
   * The sum of the record keys of the people in the cell, in units of 2^-32, modulo 2^32: an exact integer, so
   * the same people give the same sum whichever order they are added in.
   */
  keySum: number;
}

type SuppressionReason = 'SMALL_CELL' | 'SECONDARY';

interface PublishedCell {
  coordinates: Record<string, string>;
  /** The perturbed count, or null when suppressed. */
  count: number | null;
  suppressed: SuppressionReason | null;
}

export interface DisclosureSettings {
  /** Cells of fewer people than this are not published. */
  minCellSize: number;
  /** Published counts are off by at most this much. */
  maxPerturbation: number;
}

/**
 * The perturbation of a cell from its cell key in [0, 1): an integer in [-max, max], the middle likeliest
 * (triangular weights max + 1 - |d|). The same key always gives the same perturbation.
 */
export function perturbation(cellKey: number, max: number): number {
  if (max === 0) return 0;
  const weights: number[] = [];
  for (let d = -max; d <= max; d += 1) weights.push(max + 1 - Math.abs(d));
  const total = weights.reduce((a, b) => a + b, 0);
  let threshold = cellKey * total;
  for (let i = 0; i < weights.length; i += 1) {
    if (threshold < weights[i]) return i - max;
    threshold -= weights[i];
  }
  return max;
}

/**
 * The cell key (the ABS cell-key method): the fractional part of the sum of the record keys of the people in the
 * cell. It follows from who is in the cell and from nothing else: the same people get the same perturbation
 * however the question is phrased (grouped otherwise, filtered otherwise, asked again), so averaging many
 * phrasings gives back the one published count and never the true one. Record keys are keyed hashes
 * (projection.ts): without the pseudonymisation key nobody can compute them.
 */
export function cellKey(keySum: number): number {
  return (((keySum % KEY_SCALE) + KEY_SCALE) % KEY_SCALE) / KEY_SCALE;
}

/**
 * Disclosure control for one table, whose cells are every combination the question could hold (empty ones
 * included, with count 0):
 * - primary suppression of cells under the minimum. An empty cell is under it too, so empty and small cells
 *   read alike (SMALL_CELL, no count): a suppressed cell does not tell whether anybody is in it;
 * - secondary suppression, so that no line of the table (cells sharing all coordinates but one, whose total a
 *   coarser question publishes) holds a single suppressed cell that its total and the others would give away;
 * - perturbation of every published count by its cell key.
 * The grand total is the cell of everybody in the table: suppressed under the minimum, else perturbed by its own
 * cell key (from the sum of its cells' sums), so it is the count the same cohort gets with any grouping or none.
 */
export function protect(
  cells: readonly RawCell[],
  dimensions: readonly string[],
  settings: DisclosureSettings,
): { cells: PublishedCell[]; total: PublishedCell } {
  const state = cells.map((cell) => ({
    cell,
    suppressed: (cell.count < settings.minCellSize ? 'SMALL_CELL' : null) as SuppressionReason | null,
  }));
  for (let changed = true; changed;) {
    changed = false;
    for (const dimension of dimensions) {
      const lines = new Map<string, typeof state>();
      for (const entry of state) {
        const line = JSON.stringify(dimensions.filter((d) => d !== dimension).map((d) => entry.cell.coordinates[d]));
        const members = lines.get(line);
        if (members) members.push(entry);
        else lines.set(line, [entry]);
      }
      for (const line of lines.values()) {
        const open = line.filter((entry) => !entry.suppressed);
        if (line.length - open.length !== 1 || open.length === 0) continue;
        const smallest = open.reduce((a, b) => (b.cell.count < a.cell.count ? b : a));
        smallest.suppressed = 'SECONDARY';
        changed = true;
      }
    }
  }
  const publish = (count: number, keySum: number): number =>
    Math.max(0, count + perturbation(cellKey(keySum), settings.maxPerturbation));
  const totalCount = cells.reduce((sum, cell) => sum + cell.count, 0);
  const totalKeys = cells.reduce((sum, cell) => sum + cell.keySum, 0);
  return {
    cells: state.map(({ cell, suppressed }) => ({
      coordinates: cell.coordinates,
      count: suppressed ? null : publish(cell.count, cell.keySum),
      suppressed,
    })),
    total:
      totalCount < settings.minCellSize
        ? { coordinates: {}, count: null, suppressed: 'SMALL_CELL' }
        : { coordinates: {}, count: publish(totalCount, totalKeys), suppressed: null },
  };
}
