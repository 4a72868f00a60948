import { cellKey, KEY_SCALE, perturbation, protect, type RawCell } from '../../subgraphs/insights/disclosure';

const cell = (region: string, band: string, count: number, keySum = count * 1_589_203_427): RawCell => ({
  coordinates: { REGENCY: region, AGE_BAND: band },
  count,
  keySum,
});
const settings = { minCellSize: 10, maxPerturbation: 3 };

describe('perturbation', () => {
  it('stays within the maximum, favours small changes, and gives the same value for the same key', () => {
    const seen = new Map<number, number>();
    for (let i = 0; i < 10_000; i += 1) {
      const key = i / 10_000;
      const value = perturbation(key, 3);
      expect(perturbation(key, 3)).toBe(value);
      seen.set(value, (seen.get(value) ?? 0) + 1);
    }
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(seen.get(0)! > seen.get(1)! && seen.get(1)! > seen.get(2)! && seen.get(2)! > seen.get(3)!).toBe(true);
    expect(perturbation(0.999, 0)).toBe(0);
  });

  it('keys a cell by its people alone: the fraction of the sum of their record keys', () => {
    expect(cellKey(KEY_SCALE / 4)).toBe(0.25);
    // Sums wrap around: 0.75 + 0.5 is 0.25 again.
    expect(cellKey((3 * KEY_SCALE) / 4 + KEY_SCALE / 2)).toBe(0.25);
    expect(cellKey(5 * KEY_SCALE + KEY_SCALE / 8)).toBe(0.125);
  });
});

describe('protect', () => {
  it('suppresses small cells, and a second cell in every line that would otherwise hold one', () => {
    const table = [
      cell('53.01', 'A', 30),
      cell('53.01', 'B', 3),
      cell('53.01', 'C', 25),
      cell('53.02', 'A', 40),
      cell('53.02', 'B', 22),
      cell('53.02', 'C', 18),
    ];
    const { cells } = protect(table, ['REGENCY', 'AGE_BAND'], settings);
    const state = Object.fromEntries(
      cells.map((c) => [`${c.coordinates.REGENCY} ${c.coordinates.AGE_BAND}`, c.suppressed]),
    );
    expect(state['53.01 B']).toBe('SMALL_CELL');
    // The regency line 53.01 and the age-band line B each need a second suppressed cell: the smallest.
    expect(state['53.01 C']).toBe('SECONDARY');
    expect(state['53.02 B']).toBe('SECONDARY');
    // ...and then the age-band line C and the regency line 53.02 each hold one: they get a second too.
    expect(state['53.02 C']).toBe('SECONDARY');
    for (const line of ['53.01', '53.02'])
      expect(cells.filter((c) => c.coordinates.REGENCY === line && c.suppressed).length).not.toBe(1);
    for (const band of ['A', 'B', 'C'])
      expect(cells.filter((c) => c.coordinates.AGE_BAND === band && c.suppressed).length).not.toBe(1);
    expect(cells.filter((c) => c.suppressed).every((c) => c.count === null)).toBe(true);
  });

  it('publishes every other count within the perturbation, and the same table twice alike', () => {
    const table = [cell('53.01', 'A', 30), cell('53.01', 'B', 12), cell('53.02', 'A', 40), cell('53.02', 'B', 22)];
    const first = protect(table, ['REGENCY', 'AGE_BAND'], settings);
    expect(protect(table, ['REGENCY', 'AGE_BAND'], settings)).toEqual(first);
    first.cells.forEach((published, i) => expect(Math.abs(published.count! - table[i].count)).toBeLessThanOrEqual(3));
    expect(Math.abs(first.total.count! - 104)).toBeLessThanOrEqual(3);
  });

  it('suppresses a total under the minimum', () => {
    expect(protect([cell('53.01', 'A', 4)], ['REGENCY'], settings).total).toEqual({
      coordinates: {},
      count: null,
      suppressed: 'SMALL_CELL',
    });
  });

  it('answers an empty cell exactly as a small one', () => {
    const { cells } = protect(
      [cell('53.01', 'A', 0, 0), cell('53.01', 'B', 4), cell('53.01', 'C', 30), cell('53.01', 'D', 40)],
      ['AGE_BAND'],
      settings,
    );
    expect(cells[0]).toEqual({ ...cells[1], coordinates: cells[0].coordinates });
    expect(cells[1]).toEqual({ coordinates: cells[1].coordinates, count: null, suppressed: 'SMALL_CELL' });
  });

  it('publishes the same total for the same people, however the table splits them', () => {
    // One cohort of 70 split by age band into 30 and 40, or by sex into 25 and 45: the same people, the same
    // sum of record keys, the same published total.
    const keys = [1_000_000_007, 2_999_999_999, 123_456_789];
    const byBand = [cell('53.01', 'A', 30, keys[0]), cell('53.01', 'B', 40, keys[1])];
    const bySex = [cell('53.01', 'F', 25, keys[2]), cell('53.01', 'M', 45, keys[0] + keys[1] - keys[2])];
    const single = protect([cell('53.01', '', 70, keys[0] + keys[1])], [], settings).total;
    expect(protect(byBand, ['AGE_BAND'], settings).total).toEqual(single);
    expect(protect(bySex, ['AGE_BAND'], settings).total).toEqual(single);
    // ...and one person more is another cell key, perturbed afresh.
    const withOneMore = protect([cell('53.01', '', 71, keys[0] + keys[1] + 777_777_777)], [], settings).total;
    expect(Math.abs(withOneMore.count! - 71)).toBeLessThanOrEqual(3);
  });
});
