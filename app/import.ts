import { parseArgs } from 'node:util';
import { Client, Pool } from 'pg';
import { Presets, SingleBar } from 'cli-progress';
import { openChangeFeed } from '../hub/change-feed';
import { ConfigError, readConfig } from '../hub/config';
import { openDatabase } from '../hub/database';
import { setLogLevel } from '../hub/log';
import { DEFAULT_REDIS_LIMITS } from '../hub/redis';
import { openKeyValue } from '../hub/kv';
import { migrate } from './migrate';
import { createEpochs } from '../policy/epochs';
import { loadReferenceData } from '../seeds/load';
import { refreshPlannersProjection } from './projection';
import { announceCommitted } from '../connectors/core/announce';
import { ImportError, runImport, type ImportSummary } from '../connectors/core/runner';
import { SOURCES } from '../connectors/registry';

const USAGE = `Usage: npm run import -- <source> <file-or-url> [--since T] [--batch N]
       npm run import -- --quarantine <run id>

Imports one agency's records into DATABASE_URL (or the embedded database in DATA_DIR while the hub is
stopped): every record is validated and mapped, written by its natural key (a re-run inserts nothing twice),
or quarantined with the reason. An interrupted import resumes where it stopped when run again on the same input.
Import dukcapil first: the other sources' records must name a NIK in the population register.

Sources:
${Object.entries(SOURCES)
  .map(([name, { connector }]) => `  ${name.padEnd(10)} ${connector.input}`)
  .join('\n')}

  --since T         only records changed since T (an ISO date-time; sources that can tell, over HTTP)
  --batch N         records per transaction and checkpoint (default 2000)
  --quarantine ID   print the quarantined records of a run (JSON lines: position, reason, record)
  --help            show this text
`;

export class UsageError extends Error {}

export type ImportCommand =
  | { kind: 'help' }
  | { kind: 'import'; source: string; input: string; since?: string; batchSize?: number }
  | { kind: 'quarantine'; runId: string };

export function parseImportArgs(argv: string[]): ImportCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        since: { type: 'string' },
        batch: { type: 'string' },
        quarantine: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.quarantine !== undefined) {
    if (!/^[0-9a-f-]{36}$/i.test(values.quarantine))
      throw new UsageError('--quarantine needs a run id as printed by the import');
    return { kind: 'quarantine', runId: values.quarantine };
  }
  const [source, input, ...rest] = positionals;
  if (!source) throw new UsageError('Say which source to import');
  if (!SOURCES[source]) throw new UsageError(`Unknown source "${source}"; one of: ${Object.keys(SOURCES).join(', ')}`);
  if (!input) throw new UsageError(`Say which file or URL to import ${source} from`);
  if (rest.length > 0) throw new UsageError(`One input at a time; unexpected: ${rest.join(' ')}`);
  if (values.since !== undefined && Number.isNaN(Date.parse(values.since)))
    throw new UsageError(`--since must be an ISO date or date-time, not "${values.since}"`);
  if (
    values.batch !== undefined &&
    (!/^[0-9]+$/.test(values.batch) || Number(values.batch) < 1 || Number(values.batch) > 100_000)
  ) {
    throw new UsageError(`--batch must be a whole number from 1 to 100000, not "${values.batch}"`);
  }
  return {
    kind: 'import',
    source,
    input,
    since: values.since,
    batchSize: values.batch === undefined ? undefined : Number(values.batch),
  };
}

const n = (value: number) => value.toLocaleString('en-US');

export function formatSummary(summary: ImportSummary): string {
  const resumed = summary.resumedAfter > 0 ? `, resumed after record ${n(summary.resumedAfter)}` : '';
  const rate = (summary.read - summary.resumedAfter) / Math.max(summary.seconds, 0.001);
  const lines = [
    `Imported ${summary.source}: run ${summary.runId}${resumed}`,
    `  read ${n(summary.read)} = inserted ${n(summary.inserted)} + updated ${n(summary.updated)} + ` +
      `unchanged ${n(summary.unchanged)} + quarantined ${n(summary.quarantined)}`,
    `  ${summary.seconds.toFixed(1)} s in this process, ${n(Math.round(rate))} records/s`,
  ];
  if (summary.quarantined > 0) {
    lines.push(`  quarantined, by reason (all kept; list them with: npm run import -- --quarantine ${summary.runId}):`);
    for (const { reason, count } of summary.reasons) lines.push(`    ${n(count).padStart(8)}  ${reason}`);
    lines.push(`  first: ${summary.examples.map((e) => `#${e.position} ${e.reason}`).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The import writes into a database that exists: PostgreSQL's own tools create one (the README says how). When
 * DATABASE_URL names one that does not exist, the message naming it and how to create it; otherwise undefined
 * (a database that cannot be reached fails later with its own error).
 */
export async function missingDatabase(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') return undefined;
    const { hostname, port, username, pathname } = new URL(url);
    const name = decodeURIComponent(pathname.slice(1));
    const user = decodeURIComponent(username) || 'postgres';
    return (
      `Database "${name}" does not exist (DATABASE_URL); the import does not create it. Create it first: ` +
      `createdb -h ${hostname} -p ${port || 5432} -U ${user} ${name}   (or in psql: create database "${name}";)`
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  let command: ImportCommand;
  try {
    command = parseImportArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const config = readConfig();
  setLogLevel('warn');
  const missing = config.databaseUrl ? await missingDatabase(config.databaseUrl) : undefined;
  if (missing) {
    process.stderr.write(`${missing}\n`);
    return 1;
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const redisLimits = { ...DEFAULT_REDIS_LIMITS, commandMs: config.redisTimeoutMs };
  const feed = await openChangeFeed(config.redisUrl, config.redisPrefix, redisLimits);
  const kv = await openKeyValue(config.redisUrl, config.redisPrefix, redisLimits);
  try {
    await migrate(database.url);
    if (command.kind === 'quarantine') {
      const { rows } = await pool.query<{ position: number; reason: string; record: string }>(
        'select position, reason, record from connectors.quarantine where run_id = $1 order by position',
        [command.runId],
      );
      for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
      process.stderr.write(`${rows.length} quarantined records in run ${command.runId}\n`);
      return 0;
    }
    await loadReferenceData(pool);
    const { connector } = SOURCES[command.source];
    const bar = new SingleBar(
      {
        format: `${command.source} |{bar}| {percentage}% | {read} records | {rate}/s | ETA {eta_formatted}`,
        stream: process.stderr,
        etaBuffer: 20,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    const started = Date.now();
    let barStarted = false;
    let summary: ImportSummary;
    try {
      summary = await runImport(pool, {
        connector,
        input: command.input,
        since: command.since,
        batchSize: command.batchSize,
        afterCommit: announceCommitted(connector, { epochs: createEpochs(kv), feed }),
        onProgress: ({ progress, total, read }) => {
          if (!barStarted) {
            bar.start(total ?? 0, 0, { read: 0, rate: 0 });
            barStarted = true;
          }
          if (total === undefined) bar.setTotal(progress);
          bar.update(progress, {
            read: n(read),
            rate: n(Math.round(read / Math.max(0.001, (Date.now() - started) / 1000))),
          });
        },
      });
    } finally {
      if (barStarted) bar.stop();
    }
    process.stdout.write(formatSummary(summary));
    if (summary.inserted + summary.updated > 0) {
      await refreshPlannersProjection(pool, config, { loaded: true });
      process.stdout.write("Rebuilt the planners' projection.\n");
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await Promise.all([feed.close(), kv.close()]);
    await pool.end();
    await database.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`Import failed: ${error.message}\n`);
      process.exit(1);
    },
  );
}
