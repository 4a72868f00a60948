import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { freePort } from './ports';

const REDIS_SERVER = '/usr/bin/redis-server';

/** A Redis master and its replica, watched by three Sentinels, each on a free loopback port. */
export interface SentinelRedis {
  /** `redis-sentinel://127.0.0.1:<port>,...,.../<master name>`: the hub's REDIS_URL. */
  readonly url: string;
  /** The server started as the master (`redis://127.0.0.1:<port>`). */
  readonly masterUrl: string;
  /** The server started as its replica: the master after `promote()` or `killMaster()`. */
  readonly replicaUrl: string;
  /**
   * A planned failover (SENTINEL FAILOVER): resolves once every Sentinel names the replica as the master and it
   * says it is one. The old master stays up and is made a replica of the new one by the Sentinels, a few seconds
   * later.
   */
  promote(): Promise<void>;
  /** A crash: SIGKILL to the master, resolved once every Sentinel names the replica as the master and it is one. */
  killMaster(): Promise<void>;
  stop(): Promise<void>;
}

export interface SentinelRedisOptions {
  /** The master's name, as the Sentinels know it. Default `citizen360`. */
  master?: string;
}

/** One command on a connection of its own; undefined when the server cannot be reached or refuses it. */
async function ask(port: number, command: string[]): Promise<unknown> {
  const client = createClient({ socket: { host: '127.0.0.1', port, connectTimeout: 1_000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await client.sendCommand(command);
  } catch {
    return undefined;
  } finally {
    if (client.isOpen) client.destroy();
  }
}

/** A Sentinel's reply about an instance (a flat list of names and values) as an object. */
const fields = (flat: unknown): Record<string, string> => {
  const list = flat as string[];
  return Object.fromEntries(list.flatMap((value, i) => (i % 2 === 0 ? [[value, list[i + 1]]] : [])));
};

/**
 * Starts, in a temporary directory, a master (no persistence), a replica of it, and three Sentinels monitoring
 * it with a quorum of 2 (a master silent for 1 s is down), and resolves once the replica is in sync and every
 * Sentinel knows the replica and the other two. One failover per start: `promote()` or `killMaster()`.
 */
export async function startRedisSentinel(options: SentinelRedisOptions = {}): Promise<SentinelRedis> {
  const name = options.master ?? 'citizen360';
  const dir = mkdtempSync(join(tmpdir(), 'citizen360-redis-sentinel-'));
  const processes: { child: ChildProcess; exited: Promise<void>; log: string }[] = [];
  const start = (label: string, args: string[]) => {
    const log = join(dir, `${label}.log`);
    const child = spawn(REDIS_SERVER, [...args, '--logfile', log], { stdio: 'ignore' });
    const exited = new Promise<void>((done) => {
      child.once('exit', () => done());
      // Not started at all (no 'exit' follows then): said in its log, which a timeout below shows.
      child.once('error', (error) => {
        writeFileSync(log, `${REDIS_SERVER} could not be run: ${error.message}`);
        done();
      });
    });
    const started = { child, exited, log };
    processes.push(started);
    return started;
  };
  const stop = async () => {
    await Promise.all(
      processes.map(async ({ child, exited }) => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const late = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(late);
      }),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  const until = async (what: string, done: () => Promise<boolean>, ms = 20_000) => {
    const deadline = Date.now() + ms;
    while (!(await done())) {
      if (Date.now() > deadline) {
        const logs = processes
          .filter(({ log }) => existsSync(log))
          .map(({ log }) => `${log}:\n${readFileSync(log, 'utf8').split('\n').slice(-15).join('\n')}`);
        throw new Error(`redis-sentinel: no ${what} within ${ms} ms\n${logs.join('\n')}`);
      }
      await new Promise((wait) => setTimeout(wait, 100));
    }
  };
  try {
    const [masterPort, replicaPort] = [await freePort(), await freePort()];
    const server = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
    const master = start('master', ['--port', String(masterPort), ...server]);
    start('replica', ['--port', String(replicaPort), ...server, '--replicaof', '127.0.0.1', String(masterPort)]);
    // In sync before the Sentinels start: they learn of the replica from the master's INFO, asked every 10 s.
    await until('replica in sync', async () => {
      const role = (await ask(replicaPort, ['ROLE'])) as string[] | undefined;
      return role?.[0] === 'slave' && role[3] === 'connected';
    });
    const sentinelPorts = [await freePort(), await freePort(), await freePort()];
    for (const port of sentinelPorts) {
      // Sentinel rewrites its configuration file (what it learns, its own id): one each, in the directory.
      const file = join(dir, `sentinel-${port}.conf`);
      writeFileSync(
        file,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${dir}`,
          'sentinel resolve-hostnames no',
          `sentinel monitor ${name} 127.0.0.1 ${masterPort} 2`,
          `sentinel down-after-milliseconds ${name} 1000`,
          `sentinel failover-timeout ${name} 5000`,
          '',
        ].join('\n'),
      );
      start(`sentinel-${port}`, [file, '--sentinel']);
    }
    await until('sentinels aware of the replica and of each other', async () => {
      for (const port of sentinelPorts) {
        const replicas = ((await ask(port, ['SENTINEL', 'REPLICAS', name])) ?? []) as unknown[];
        const sentinels = ((await ask(port, ['SENTINEL', 'SENTINELS', name])) ?? []) as unknown[];
        const replica = replicas.map(fields).find((r) => r.port === String(replicaPort));
        if (!replica || replica.flags !== 'slave' || sentinels.length !== sentinelPorts.length - 1) return false;
      }
      return true;
    });
    /** Every Sentinel names the replica as the master, and it says it is one. */
    const replicaIsMaster = async () => {
      for (const port of sentinelPorts) {
        const address = (await ask(port, ['SENTINEL', 'GET-MASTER-ADDR-BY-NAME', name])) as string[] | undefined;
        if (address?.[1] !== String(replicaPort)) return false;
      }
      return ((await ask(replicaPort, ['ROLE'])) as string[] | undefined)?.[0] === 'master';
    };
    return {
      url: `redis-sentinel://${sentinelPorts.map((port) => `127.0.0.1:${port}`).join(',')}/${name}`,
      masterUrl: `redis://127.0.0.1:${masterPort}`,
      replicaUrl: `redis://127.0.0.1:${replicaPort}`,
      promote: async () => {
        // Refused while a Sentinel has not yet judged the replica fit (NOGOODSLAVE): asked again until it starts.
        await until('failover started', async () => {
          const reply = await ask(sentinelPorts[0], ['SENTINEL', 'FAILOVER', name]);
          return reply !== undefined;
        });
        await until('promotion', replicaIsMaster);
      },
      killMaster: async () => {
        master.child.kill('SIGKILL');
        await master.exited;
        await until('election', replicaIsMaster);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
