import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  capacityModel,
  measuredInputs,
  renderCapacity,
  type Assumptions,
  type MeasuredInputs,
} from '../../bench/capacity';

const ROOT = resolve(__dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

const measured: MeasuredInputs = {
  run: { at: '2026-12-07T10:00:00.000Z', quick: true, citizens: 100_000, cores: 2, node: 'v20.20.2' },
  cpuMsPerProfile: { gateway: 5, population: 2, PostgreSQL: 4 },
  accessLog: { eventsPerSecond: 10, eventsPerBatch: 8 },
  storage: { bytesPerCitizen: { population: 600, tax: 400 }, bytesPerAccessEvent: 990, checkpointBytesPerEvent: 10 },
};

const assume: Assumptions = {
  residents: 1_000_000_000,
  families: 300_000_000,
  // 864,000 a day is 10 a second on average, 20 at a peak of twice the average.
  workloads: [
    { name: 'profiles', perDay: 432_000, persons: 1, profiles: 1, why: 'test' },
    { name: 'batches', perDay: 4_320, persons: 100, profiles: 100, why: 'test' },
  ],
  peakToAverage: 2,
  targetUtilisation: 0.5,
  gatewayCoresPerInstance: 2,
  subgraphCoresPerInstance: 1,
  databaseCoresPerNode: 0.1,
  databaseStoragePerNodeTB: 1,
  databaseCopies: 2,
  minimumInstances: 2,
  accessLogYearsOnline: 1,
};

describe('the capacity model', () => {
  const capacity = capacityModel(measured, assume);

  it('prices the peak in measured CPU per profile: cores and instances of each part', () => {
    expect(capacity.peakProfilesPerSecond).toBeCloseTo(20);
    expect(capacity.peakEventsPerSecond).toBeCloseTo(20);
    // 20 profiles/s x 5 ms = 0.1 core, at 50% utilisation 0.2; never fewer than two instances.
    expect(capacity.parts).toEqual([
      { name: 'gateway', cores: expect.closeTo(0.2), instances: 2 },
      { name: 'population', cores: expect.closeTo(0.08), instances: 2 },
    ]);
    // 20 x 4 ms / 0.5 = 0.16 cores: two nodes of 0.1 core.
    expect(capacity.database.cores).toBeCloseTo(0.16);
    expect(capacity.database.nodesForCpu).toBe(2);
  });

  it('sizes storage from bytes per citizen and per access event, with its copies', () => {
    expect(capacity.database.dataTB).toBeCloseTo(1); // 1,000 B x 1e9 residents
    expect(capacity.eventsPerYear).toBe(864_000 * 365);
    expect(capacity.database.accessLogTBPerYear).toBeCloseTo((864_000 * 365 * 1_000) / 1e12);
    expect(capacity.database.storedTB).toBeCloseTo((1 + 0.31536) * 2);
    expect(capacity.database.nodesForStorage).toBe(3);
    expect(capacity.database.nodes).toBe(3);
  });

  it('counts the logs needed to take the peak at the measured sustained rate', () => {
    // 20 events/s against 10 per log at 50%: four logs.
    expect(capacity.accessLogs).toBe(4);
  });

  it('names the missing scenario and the command that measures it', () => {
    const results = { at: '', quick: true, citizens: 1, machine: { cores: 2, node: '' }, scenarios: [] };
    expect(() => measuredInputs(results)).toThrow(/no S10: run `npm run bench -- --only S10,S11,S12`/);
  });
});

it('docs/capacity.md is what the committed inputs and assumptions give (run `npm run capacity`)', () => {
  const inputs = JSON.parse(read('docs/capacity-inputs.json')) as MeasuredInputs;
  const assumptions = parse(read('docs/capacity-assumptions.yaml')) as Assumptions;
  const expected = renderCapacity(inputs, assumptions, capacityModel(inputs, assumptions));
  if (read('docs/capacity.md') !== expected)
    throw new Error('docs/capacity.md is stale: run `npm run capacity -- --inputs-only` and commit the result');
  expect(expected).toContain('# Capacity model');
});
