import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from './ports';
import { asPostgres, giveToPostgres } from './postgres-user';

const run = promisify(execFile);

/** A PostgreSQL primary of the test's own and a streaming replica of it, each on a free loopback port. */
export interface ReplicatedCluster {
  /** The primary's server (`postgres` database): where the suite creates its database. */
  readonly primaryUrl: string;
  /** `url` (of a database on the primary) as served by the replica. */
  onReplica(url: string): string;
  /** Stops applying the primary's changes on the replica (it keeps receiving them). */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /**
   * How far the replica is behind: WAL not yet applied, and the replay lag of the last change (null when idle);
   * undefined while it is not streaming from the primary.
   */
  lag(): Promise<{ bytes: number; replayMs: number | null } | undefined>;
  /** Resolves once the replica has applied everything the primary had written when it was called. */
  caughtUp(): Promise<void>;
  /** Stops the replica's server at once (`pg_ctl -m immediate`), as a crash of its machine would. */
  stopReplica(): Promise<void>;
  stop(): Promise<void>;
}

/** The newest PostgreSQL server programs installed (Debian keeps them out of PATH). */
function serverPrograms(): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error('PostgreSQL server programs not found in /usr/lib/postgresql');
  return join('/usr/lib/postgresql', versions[0], 'bin');
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * A cluster made for the test (initdb, trusting loopback connections, without fsync: it is thrown away), and a
 * replica made from it with `pg_basebackup -R`, which streams and applies the primary's changes as they are
 * written and serves reads meanwhile (hot standby). Not the shared server: its settings are the test's to set,
 * and pausing its replay touches no other suite. As root, both run as the `postgres` user.
 */
export async function startReplicatedCluster(): Promise<ReplicatedCluster> {
  const bin = serverPrograms();
  const dir = mkdtempSync(join(tmpdir(), 'citizen360-replication-'));
  giveToPostgres(dir);
  const asUser = (program: string, args: string[]) => run(...asPostgres(join(bin, program), args));
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primaryDir = join(dir, 'primary');
  const replicaDir = join(dir, 'replica');
  const started: string[] = [];
  const start = async (dataDir: string, port: number) => {
    const settings = [
      `-c port=${port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${dir}`,
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c max_connections=300',
      '-c max_wal_senders=4',
      '-c hot_standby=on',
    ].join(' ');
    await asUser('pg_ctl', ['-D', dataDir, '-o', settings, '-l', join(dir, `${port}.log`), '-w', 'start']);
    started.push(dataDir);
  };
  const stopServer = async (dataDir: string, mode: 'fast' | 'immediate') => {
    if (!started.includes(dataDir)) return;
    started.splice(started.indexOf(dataDir), 1);
    await asUser('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']).catch(() => undefined);
  };
  const stop = async () => {
    for (const dataDir of [...started].reverse()) await stopServer(dataDir, 'fast');
    rmSync(dir, { recursive: true, force: true });
  };
  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
  const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`;
  try {
    await asUser('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
    await start(primaryDir, primaryPort);
    await asUser('pg_basebackup', [
      ...['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'],
      ...['-D', replicaDir, '-R', '-X', 'stream', '--no-sync'],
    ]);
    await start(replicaDir, replicaPort);
  } catch (error) {
    await stop();
    throw error;
  }
  const onReplica = (url: string) => {
    const parsed = new URL(url);
    parsed.port = String(replicaPort);
    return parsed.toString();
  };
  const primaryPosition = async () =>
    (await query<{ lsn: string }>(primaryUrl, 'select pg_current_wal_lsn()::text as lsn'))[0].lsn;
  const replayedBehind = async (lsn: string) =>
    Number(
      (
        await query<{ bytes: string }>(
          replicaUrl,
          `select pg_wal_lsn_diff('${lsn}', pg_last_wal_replay_lsn()) as bytes`,
        )
      )[0].bytes,
    );
  return {
    primaryUrl,
    onReplica,
    pauseReplay: async () => void (await query(replicaUrl, 'select pg_wal_replay_pause()')),
    resumeReplay: async () => void (await query(replicaUrl, 'select pg_wal_replay_resume()')),
    lag: async () => {
      // As the primary hears it from the replica (pg_stat_replication): WAL not yet applied there, and how long
      // the last change applied took from the primary's flush to its replay there.
      const [row] = await query<{ bytes: string | null; ms: number | null }>(
        primaryUrl,
        `select pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) as bytes,
                (extract(epoch from replay_lag) * 1000)::float8 as ms
           from pg_stat_replication`,
      );
      return row && { bytes: Math.max(0, Number(row.bytes ?? 0)), replayMs: row.ms };
    },
    caughtUp: async () => {
      const lsn = await primaryPosition();
      const deadline = Date.now() + 30_000;
      while ((await replayedBehind(lsn)) > 0) {
        if (Date.now() > deadline) throw new Error(`the replica has not applied the primary's WAL up to ${lsn}`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    stopReplica: () => stopServer(replicaDir, 'immediate'),
    stop,
  };
}
