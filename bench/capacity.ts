import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { ROOT } from './processes';

/** What the model takes from one benchmark run (bench/results.json). */
export interface MeasuredInputs {
  /** When and how it was measured. */
  run: { at: string; quick: boolean; citizens: number; cores: number; node: string };
  /** S10: CPU per profile (rules and log on), by process (gateway, each subgraph, PostgreSQL), in ms. */
  cpuMsPerProfile: Record<string, number>;
  /** S11: events per second one log sustains with 64 concurrent requests, and events per committed batch. */
  accessLog: { eventsPerSecond: number; eventsPerBatch: number };
  /** S12: bytes on disk per citizen by agency, and per access event (with its share of checkpoints). */
  storage: { bytesPerCitizen: Record<string, number>; bytesPerAccessEvent: number; checkpointBytesPerEvent: number };
}

export interface Assumptions {
  residents: number;
  families: number;
  workloads: { name: string; perDay: number; persons: number; profiles: number; why: string }[];
  peakToAverage: number;
  targetUtilisation: number;
  gatewayCoresPerInstance: number;
  subgraphCoresPerInstance: number;
  databaseCoresPerNode: number;
  databaseStoragePerNodeTB: number;
  databaseCopies: number;
  minimumInstances: number;
  accessLogYearsOnline: number;
}

export interface Capacity {
  peakProfilesPerSecond: number;
  peakEventsPerSecond: number;
  eventsPerYear: number;
  /** Cores at peak (at the target utilisation) and instances, by process. */
  parts: { name: string; cores: number; instances: number }[];
  database: {
    cores: number;
    dataTB: number;
    accessLogTBPerYear: number;
    storedTB: number;
    nodesForCpu: number;
    nodesForStorage: number;
    nodes: number;
  };
  /** Independent logs (each with its own head and checkpoints) needed to take the peak's events. */
  accessLogs: number;
}

const SECONDS_PER_DAY = 86_400;
const TB = 1e12;

type Results = {
  at: string;
  quick: boolean;
  citizens: number;
  machine: { cores: number; node: string };
  scenarios: { id: string; ours: number; detail?: Record<string, unknown> }[];
};

/** The measured inputs from a run's results; a missing scenario is named with the command that measures it. */
export function measuredInputs(results: Results): MeasuredInputs {
  const scenario = (id: string) => {
    const found = results.scenarios.find((s) => s.id === id);
    if (!found)
      throw new Error(
        `bench/results.json has no ${id}: run \`npm run bench -- --only S10,S11,S12\` (add --quick for a ` +
          'shorter run) and then `npm run capacity`',
      );
    return found;
  };
  const s10 = scenario('S10');
  const s11 = scenario('S11');
  const s12 = scenario('S12').detail as MeasuredInputs['storage'];
  return {
    run: {
      at: results.at,
      quick: results.quick,
      citizens: results.citizens,
      cores: results.machine.cores,
      node: results.machine.node,
    },
    cpuMsPerProfile: s10.detail!.perProcessMs as Record<string, number>,
    accessLog: { eventsPerSecond: s11.ours, eventsPerBatch: s11.detail!.eventsPerBatch as number },
    storage: {
      bytesPerCitizen: s12.bytesPerCitizen,
      bytesPerAccessEvent: s12.bytesPerAccessEvent,
      checkpointBytesPerEvent: s12.checkpointBytesPerEvent,
    },
  };
}

/**
 * National load from the assumptions, priced in the measured figures: CPU per profile gives the cores each part
 * needs at peak, bytes per citizen and per event the storage, the log's sustained rate how many logs.
 */
export function capacityModel(measured: MeasuredInputs, assume: Assumptions): Capacity {
  const perDay = (pick: (w: Assumptions['workloads'][number]) => number) =>
    assume.workloads.reduce((sum, w) => sum + w.perDay * pick(w), 0);
  const peak = (daily: number) => (daily / SECONDS_PER_DAY) * assume.peakToAverage;
  const peakProfilesPerSecond = peak(perDay((w) => w.profiles));
  const eventsPerDay = perDay((w) => w.persons);
  const peakEventsPerSecond = peak(eventsPerDay);
  const coresFor = (ms: number) => (peakProfilesPerSecond * ms) / 1000 / assume.targetUtilisation;
  const parts = Object.entries(measured.cpuMsPerProfile)
    .filter(([name]) => name !== 'PostgreSQL')
    .map(([name, ms]) => {
      const cores = coresFor(ms);
      const size = name === 'gateway' ? assume.gatewayCoresPerInstance : assume.subgraphCoresPerInstance;
      return { name, cores, instances: Math.max(assume.minimumInstances, Math.ceil(cores / size)) };
    });
  const databaseCores = coresFor(measured.cpuMsPerProfile.PostgreSQL ?? 0);
  const dataTB =
    (Object.values(measured.storage.bytesPerCitizen).reduce((sum, bytes) => sum + bytes, 0) * assume.residents) / TB;
  const eventsPerYear = eventsPerDay * 365;
  const accessLogTBPerYear =
    (eventsPerYear * (measured.storage.bytesPerAccessEvent + measured.storage.checkpointBytesPerEvent)) / TB;
  const storedTB = (dataTB + accessLogTBPerYear * assume.accessLogYearsOnline) * assume.databaseCopies;
  const nodesForCpu = Math.ceil(databaseCores / assume.databaseCoresPerNode);
  const nodesForStorage = Math.ceil(storedTB / assume.databaseStoragePerNodeTB);
  return {
    peakProfilesPerSecond,
    peakEventsPerSecond,
    eventsPerYear,
    parts,
    database: {
      cores: databaseCores,
      dataTB,
      accessLogTBPerYear,
      storedTB,
      nodesForCpu,
      nodesForStorage,
      nodes: Math.max(assume.minimumInstances, nodesForCpu, nodesForStorage),
    },
    accessLogs: Math.ceil(peakEventsPerSecond / (measured.accessLog.eventsPerSecond * assume.targetUtilisation)),
  };
}

const n = (value: number, digits = 0) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** A count with its noun, `1 node` or `2 nodes`. */
const count = (value: number, noun: string) => `${n(value)} ${noun}${value === 1 ? '' : 's'}`;

/** docs/capacity.md: the inputs, the assumptions and what follows from them, as tables. */
export function renderCapacity(measured: MeasuredInputs, assume: Assumptions, capacity: Capacity): string {
  const { run, storage } = measured;
  const totalMs = Object.values(measured.cpuMsPerProfile).reduce((sum, ms) => sum + ms, 0);
  const perCitizen = Object.values(storage.bytesPerCitizen).reduce((sum, bytes) => sum + bytes, 0);
  const table = (header: string[], rows: (string | number)[][]) =>
    [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
      .concat(rows.map((row) => `| ${row.join(' | ')} |`))
      .join('\n');
  const serving = capacity.parts.reduce((sum, part) => sum + part.instances, 0);
  const db = capacity.database;
  return `# Capacity model

Generated by \`npm run capacity\` from the benchmark's measured figures (\`bench/results.json\`, kept in
\`docs/capacity-inputs.json\`) and the planning assumptions in \`docs/capacity-assumptions.yaml\`. Do not edit by
hand: change the assumptions or measure again, then run the command.

Measured ${run.at.slice(0, 10)} by \`npm run bench${run.quick ? ' -- --quick' : ''}\` on ${run.cores} cores (Node
${run.node}), ${n(run.citizens)} citizens. Everything ran on one machine, so its cores are the unit below; a
production core may be faster or slower, and the figures scale with it.

## Measured

${table(
  ['figure', 'value', 'scenario'],
  [
    ['CPU per profile, all processes (rules and log on)', `${n(totalMs, 2)} ms`, 'S10'],
    ...Object.entries(measured.cpuMsPerProfile).map(([name, ms]) => [`... of which ${name}`, `${n(ms, 2)} ms`, 'S10']),
    ['one core serves', `${n(1000 / totalMs)} profiles/s`, 'S10'],
    [
      'access log, sustained (64 concurrent requests)',
      `${n(measured.accessLog.eventsPerSecond)} events/s, ${n(measured.accessLog.eventsPerBatch, 1)} per commit`,
      'S11',
    ],
    ['bytes per citizen, five agencies (tables and indexes)', `${n(perCitizen)} B`, 'S12'],
    ...Object.entries(storage.bytesPerCitizen).map(([name, bytes]) => [`... of which ${name}`, `${n(bytes)} B`, 'S12']),
    [
      'bytes per access event (with its checkpoints)',
      `${n(storage.bytesPerAccessEvent + storage.checkpointBytesPerEvent)} B`,
      'S12',
    ],
  ],
)}

## Assumed

${table(
  ['workload', 'per day', 'persons each', 'profiles of CPU each', 'why'],
  assume.workloads.map((w) => [w.name, n(w.perDay), n(w.persons), n(w.profiles, 1), w.why]),
)}

Residents ${n(assume.residents)}, families ${n(assume.families)}; peak hour ${n(assume.peakToAverage)}x the
average; sized so that peak uses ${n(assume.targetUtilisation * 100)}% of the cores; at least
${assume.minimumInstances} instances of each part; gateways of ${assume.gatewayCoresPerInstance} cores, subgraphs
of ${assume.subgraphCoresPerInstance}; database nodes of ${assume.databaseCoresPerNode} cores and
${assume.databaseStoragePerNodeTB} TB, every byte held ${assume.databaseCopies} times; the access log kept online
${assume.accessLogYearsOnline} years.

## What follows

Peak: **${n(capacity.peakProfilesPerSecond)} profiles/s** and **${n(capacity.peakEventsPerSecond)} access
events/s**; ${n(capacity.eventsPerYear / 1e9, 2)} billion access events a year.

${table(
  ['part', 'cores at peak', 'instances'],
  [
    ...capacity.parts.map((part) => [part.name, n(part.cores, 1), n(part.instances)]),
    [
      'all gateways and subgraphs',
      n(
        capacity.parts.reduce((sum, p) => sum + p.cores, 0),
        1,
      ),
      n(serving),
    ],
  ],
)}

PostgreSQL (Citus, see \`deploy/citus/\`): ${n(db.cores, 1)} cores at peak (${count(db.nodesForCpu, 'node')} for
CPU); agencies' data ${n(db.dataTB, 2)} TB, the access log ${n(db.accessLogTBPerYear, 2)} TB a year,
${n(db.storedTB, 1)} TB stored with its copies (${count(db.nodesForStorage, 'node')} for storage):
**${count(db.nodes, 'database node')}**.

The access log: one log takes ${n(measured.accessLog.eventsPerSecond)} events/s here, so the peak needs
**${count(capacity.accessLogs, 'independent log')}** (each with its own head and signed checkpoints) at the target
utilisation.
`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      results: { type: 'string', default: join(ROOT, 'bench', 'results.json') },
      'inputs-only': { type: 'boolean' },
    },
  });
  const inputsFile = join(ROOT, 'docs', 'capacity-inputs.json');
  // --inputs-only: the model again from the committed inputs (after editing the assumptions), no new run needed.
  const measured = values['inputs-only']
    ? (JSON.parse(readFileSync(inputsFile, 'utf8')) as MeasuredInputs)
    : measuredInputs(JSON.parse(readFileSync(values.results!, 'utf8')) as Results);
  const assume = parse(readFileSync(join(ROOT, 'docs', 'capacity-assumptions.yaml'), 'utf8')) as Assumptions;
  const capacity = capacityModel(measured, assume);
  writeFileSync(inputsFile, `${JSON.stringify(measured, null, 2)}\n`);
  writeFileSync(join(ROOT, 'docs', 'capacity.md'), renderCapacity(measured, assume, capacity));
  process.stdout.write(
    `docs/capacity.md: ${Math.round(capacity.peakProfilesPerSecond)} profiles/s at peak, ` +
      `${capacity.parts.reduce((sum, p) => sum + p.instances, 0)} gateway and subgraph instances, ` +
      `${count(capacity.database.nodes, 'database node')}, ${count(capacity.accessLogs, 'access log')}\n`,
  );
}

if (require.main === module) main();
