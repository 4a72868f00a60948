import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
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

/** Resident memory of a process and all its descendants (gateway workers), in MiB. */
function treeRssMiB(pid: number): number {
  let table: string;
  try {
    table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  } catch {
    return 0;
  }
  const rows = table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const [p, parent, kib] of rows) {
    rss.set(p, kib);
    children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total / 1024;
}

export interface Running {
  readonly name: string;
  /** Where its output goes. */
  readonly logFile: string;
  readonly url: string;
  /** Highest resident memory seen so far (the process and its workers), in MiB. */
  peakRssMiB(): number;
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
  const child: ChildProcess = spawn(process.execPath, args, {
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
