import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
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

/** Every process now as pid, parent pid and resident memory (KiB). */
function processTable(): number[][] {
  try {
    return execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number));
  } catch {
    return [];
  }
}

/** A process and all its descendants (gateway workers), from a process table. */
function descendants(pid: number, table: number[][]): number[] {
  const children = new Map<number, number[]>();
  for (const [p, parent] of table) children.set(parent, [...(children.get(parent) ?? []), p]);
  const found: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    found.push(current);
    stack.push(...(children.get(current) ?? []));
  }
  return found;
}

/** Resident memory of a process and all its descendants (gateway workers), in MiB. */
function treeRssMiB(pid: number): number {
  const table = processTable();
  const rss = new Map(table.map(([p, , kib]) => [p, kib]));
  return descendants(pid, table).reduce((total, p) => total + (rss.get(p) ?? 0), 0) / 1024;
}

let ticksPerSecond: number | undefined;

/** CPU a process has used so far, user and system, in ms (/proc/<pid>/stat); 0 once it is gone. */
function processCpuMs(pid: number): { name: string; ms: number } {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may hold spaces: the fields that follow are counted from its end.
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { name, ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond };
  } catch {
    return { name: '', ms: 0 };
  }
}

/** CPU a process and its descendants have used so far, in ms. */
function treeCpuMs(pid: number): number {
  return descendants(pid, processTable()).reduce((total, p) => total + processCpuMs(p).ms, 0);
}

/**
 * CPU every PostgreSQL process on this machine has used so far (backends, and the postmaster's helpers), in ms:
 * the database's share of a load, read around it. Backends that exit meanwhile take theirs with them, so the
 * figure is a floor; the bench's pools keep their connections for the whole run.
 */
export function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(entry)) continue;
    const { name, ms } = processCpuMs(Number(entry));
    if (name === 'postgres') total += ms;
  }
  return total;
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
 * Starts a Node process and waits until `readyPath` answers 200; its memory is sampled every 250 ms for the
 * peak. Its output (warnings and errors) goes to `logFile`, and into the error if it fails to start.
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
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRssMiB(child.pid!));
  }, 250);
  return {
    name,
    logFile,
    url: `${base}/graphql`,
    peakRssMiB: () => Math.max(peak, treeRssMiB(child.pid!)),
    cpuMs: () => treeCpuMs(child.pid!),
    stop: () =>
      new Promise<void>((done) => {
        clearInterval(sampler);
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
