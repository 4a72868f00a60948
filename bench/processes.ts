import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');

/** A free loopback port, found by binding port 0 and letting it go. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** One process as /proc/<pid>/stat tells it. */
interface ProcessStat {
  readonly pid: number;
  readonly ppid: number;
  readonly name: string;
  /** CPU used so far, user and system, in clock ticks. */
  readonly ticks: number;
  /** Resident memory, in pages. */
  readonly rssPages: number;
}

let ticksPerSecond: number | undefined;
let pageBytes: number | undefined;

function parseStat(pid: number, stat: string): ProcessStat {
  // The name is in parentheses and may hold spaces: the fields that follow are counted from its end.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    pid,
    ppid: Number(fields[1]),
    name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    ticks: Number(fields[11]) + Number(fields[12]),
    rssPages: Number(fields[21]),
  };
}

function pids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^[0-9]+$/.test(entry))
    .map(Number);
}

/**
 * Every process now, read from /proc without starting one (`ps` takes tens of ms: run for each process four
 * times a second, it held the benchmark's own event loop busy, and every latency it measured with it).
 */
function processTable(): ProcessStat[] {
  const table: ProcessStat[] = [];
  for (const pid of pids()) {
    try {
      table.push(parseStat(pid, readFileSync(`/proc/${pid}/stat`, 'utf8')));
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/** The same, read without blocking the event loop. */
async function processTableAsync(): Promise<ProcessStat[]> {
  const read = await Promise.all(
    pids().map((pid) =>
      readFile(`/proc/${pid}/stat`, 'utf8').then(
        (stat) => parseStat(pid, stat),
        () => undefined,
      ),
    ),
  );
  return read.filter((stat): stat is ProcessStat => stat !== undefined);
}

/** A process and all its descendants (gateway workers), from a process table. */
function descendants(pid: number, table: readonly ProcessStat[]): ProcessStat[] {
  const children = new Map<number, ProcessStat[]>();
  for (const stat of table) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const found: ProcessStat[] = [];
  const stack = table.filter((stat) => stat.pid === pid);
  while (stack.length > 0) {
    const current = stack.pop()!;
    found.push(current);
    stack.push(...(children.get(current.pid) ?? []));
  }
  return found;
}

/** Resident memory of a process and all its descendants (gateway workers), in MiB. */
function treeRssMiB(pid: number, table: readonly ProcessStat[]): number {
  pageBytes ??= Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
  return (descendants(pid, table).reduce((total, stat) => total + stat.rssPages, 0) * pageBytes) / 2 ** 20;
}

function ticksToMs(ticks: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return (ticks * 1000) / ticksPerSecond;
}

/** CPU a process and its descendants have used so far, in ms. */
function treeCpuMs(pid: number): number {
  return ticksToMs(descendants(pid, processTable()).reduce((total, stat) => total + stat.ticks, 0));
}

/**
 * CPU every PostgreSQL process on this machine has used so far (backends, and the postmaster's helpers), in ms:
 * the database's share of a load, read around it. Backends that exit meanwhile take theirs with them, so the
 * figure is a floor; the bench's pools keep their connections for the whole run.
 */
export function postgresCpuMs(): number {
  return ticksToMs(
    processTable()
      .filter((stat) => stat.name === 'postgres')
      .reduce((total, stat) => total + stat.ticks, 0),
  );
}

/** The highest memory seen of each running process, sampled for all of them on one timer. */
const peaks = new Map<number, number>();
let sampler: NodeJS.Timeout | undefined;
let sampling = false;

function samplePeaks(): void {
  if (sampling) return;
  sampling = true;
  void processTableAsync()
    .then((table) => {
      for (const [pid, peak] of peaks) peaks.set(pid, Math.max(peak, treeRssMiB(pid, table)));
    })
    .finally(() => {
      sampling = false;
    });
}

function watchPeak(pid: number): void {
  peaks.set(pid, 0);
  sampler ??= setInterval(samplePeaks, 250);
}

function unwatchPeak(pid: number): void {
  peaks.delete(pid);
  if (peaks.size === 0 && sampler) {
    clearInterval(sampler);
    sampler = undefined;
  }
}

export interface Running {
  readonly name: string;
  /** Where its output goes. */
  readonly logFile: string;
  readonly url: string;
  /** Highest resident memory seen so far (the process and its workers), in MiB. */
  peakRssMiB(): number;
  /** CPU used so far by the process and its workers, user and system, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** The processes running now: stopped with the benchmark when it is interrupted (Ctrl-C, SIGTERM). */
const children = new Set<ChildProcess>();
let interruptible = false;

function stopWithTheBenchmark(): void {
  if (interruptible) return;
  interruptible = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping the ${children.size} processes the benchmark started\n`);
      const exits = [...children].map((child) => new Promise((done) => child.once('exit', done).kill('SIGTERM')));
      const late = setTimeout(() => children.forEach((child) => child.kill('SIGKILL')), 10_000);
      void Promise.all(exits).finally(() => {
        clearTimeout(late);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    });
}

/**
 * Starts a Node process and waits until `readyPath` answers 200; its memory is sampled every 250 ms (with every
 * other process's) for the peak. Its output (warnings and errors) goes to `logFile`, and into the error if it
 * fails to start.
 */
export async function startProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  readyPath: string,
  logFile: string,
): Promise<Running> {
  // BENCH_CPU_PROFILE_DIR: each process (and each gateway worker) writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE_DIR;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...flags, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile, { flags: 'a' });
  let output = '';
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    stream.pipe(log);
  }
  stopWithTheBenchmark();
  children.add(child);
  let exited = false;
  child.once('exit', () => {
    exited = true;
    children.delete(child);
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited while starting:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not become ready in 120 s:\n${output}`);
    }
    try {
      const response = await fetch(`${base}${readyPath}`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  watchPeak(child.pid!);
  return {
    name,
    logFile,
    url: `${base}/graphql`,
    peakRssMiB: () => Math.max(peaks.get(child.pid!) ?? 0, treeRssMiB(child.pid!, processTable())),
    cpuMs: () => treeCpuMs(child.pid!),
    stop: () =>
      new Promise<void>((done) => {
        unwatchPeak(child.pid!);
        if (exited) return done();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}
