import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';
import { asPostgres, giveToPostgres } from './postgres-user';

/** PgBouncer (Debian's package) in transaction mode in front of one PostgreSQL server. */
export interface Pooler {
  /** `url` with its host and port replaced by the pooler's. */
  via(url: string): string;
  stop(): Promise<void>;
}

/**
 * Starts PgBouncer in transaction mode (a server connection per transaction, so no session state survives from one
 * transaction to the next) in front of the server of `serverUrl`, trusting local clients. The hub's connection
 * settings (its statement, lock and idle-in-transaction timeouts, sent as the `options` startup parameter,
 * which PgBouncer cannot pass on) are set on each server connection it opens instead (`connect_query`), from
 * `settings`. As root it runs as the `postgres` user (tests/support/postgres-user.ts).
 */
export async function startPooler(serverUrl: string, settings: Record<string, string>): Promise<Pooler> {
  const server = new URL(serverUrl);
  const dir = mkdtempSync(join(tmpdir(), 'citizen360-pgbouncer-'));
  const port = await freePort();
  const connectQuery = Object.entries(settings)
    .map(([name, value]) => `set ${name} = ${value}`)
    .join('; ');
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    `[databases]
* = host=${server.hostname} port=${server.port || 5432} connect_query='${connectQuery}'
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${join(dir, 'users.txt')}
pool_mode = transaction
ignore_startup_parameters = extra_float_digits,options
max_client_conn = 2000
default_pool_size = 40
logfile = ${join(dir, 'pgbouncer.log')}
pidfile = ${join(dir, 'pgbouncer.pid')}
`,
  );
  writeFileSync(join(dir, 'users.txt'), `"${decodeURIComponent(server.username) || 'postgres'}" ""\n`);
  giveToPostgres(dir);
  for (const file of ['pgbouncer.ini', 'users.txt']) chmodSync(join(dir, file), 0o644);
  const [command, args] = asPostgres('pgbouncer', [join(dir, 'pgbouncer.ini')]);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.once(
    'error',
    (error) => (stderr += `pgbouncer could not be run (${error.message}): apt-get install pgbouncer`),
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const via = (url: string) => {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(port);
    return parsed.toString();
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Client({ connectionString: via(serverUrl) });
    const ok = await client.connect().then(
      () => client.query('select 1').then(() => true),
      () => false,
    );
    await client.end().catch(() => undefined);
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline || stderr.includes('could not be run'))
      throw new Error(`pgbouncer did not start: ${stderr}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    via,
    // Signalled by its own PID (runuser, as root, does not pass signals on): SIGINT lets it finish what it has.
    stop: async () => {
      if (child.exitCode === null) process.kill(Number(readFileSync(join(dir, 'pgbouncer.pid'), 'utf8')), 'SIGINT');
      await exited;
    },
  };
}
