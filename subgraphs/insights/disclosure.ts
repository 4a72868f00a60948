/** A cell as counted: its coordinates, how many people (or households), and the sum of their record keys. */
export interface RawCell {
  coordinates: Record<string, string>;
  count: number;
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
 * The cell key: the fractional part of the sum of the record keys of the people in the cell, shifted by the
 * query's own seed. The same query always gives the same keys, so asking again (to average the noise away)
 * yields the same numbers; a query whose cohort differs, even by one person, gets a different seed, so every
 * cell of it is perturbed afresh and subtracting two tables does not single out the one person.
 */
export function cellKey(keySum: number, seed: number): number {
  const key = (keySum + seed) % 1;
  return key < 0 ? key + 1 : key;
}

/**
 * Disclosure control for one table: primary suppression of cells under the minimum, secondary suppression so
 * that no line of the table (cells sharing all coordinates but one, whose total a coarser query publishes)
 * holds a single suppressed cell that its total and the others would give away, and perturbation of every
 * published count. The grand total is perturbed in the same way.
 */
export function protect(
  cells: readonly RawCell[],
  dimensions: readonly string[],
  settings: DisclosureSettings,
  seed: number,
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
        lines.set(line, [...(lines.get(line) ?? []), entry]);
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
    Math.max(0, count + perturbation(cellKey(keySum, seed), settings.maxPerturbation));
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
