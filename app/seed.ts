import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, readConfig } from '../hub/config';
import { openDatabase } from '../hub/database';
import { setLogLevel } from '../hub/log';
import { migrate } from './migrate';
import { exportPopulation } from '../connectors/export';
import { SeedError, seedPopulation } from '../seeds/load';
import { refreshPlannersProjection } from './projection';

const USAGE = `Usage: npm run seed -- --citizens N [--seed S] [--replace]
       npm run seed -- --citizens N [--seed S] --export DIR

Generates N synthetic citizens (with their families) into DATABASE_URL, or into the embedded database in
DATA_DIR when DATABASE_URL is unset (stop the hub first: the embedded database has one user at a time).
With --export, writes the same people and records as each agency exports them instead, one directory per
source under DIR (dukcapil, dtsen, satusehat, djp, oss), for \`npm run import\`; no database is used.

  --citizens N   how many citizens to generate (required, 1 to 100000000)
  --seed S       seed of the generator; the same seed and size give the same people (default: SEED or citizen360)
  --replace      replace the citizens already in the database (otherwise a populated database is refused)
  --export DIR   write agency export files into DIR instead of loading a database
  --help         show this text
`;

/** Bad command-line input: the message is shown above the usage text, and the exit code is 2. */
export class UsageError extends Error {}

export type SeedCommand =
  | { kind: 'help' }
  | { kind: 'seed'; citizens: number; seed: string | undefined; replace: boolean }
  | { kind: 'export'; citizens: number; seed: string | undefined; dir: string };

/** Parses `npm run seed` arguments; throws UsageError with a message a person can act on. */
export function parseSeedArgs(argv: string[]): SeedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        citizens: { type: 'string' },
        seed: { type: 'string' },
        replace: { type: 'boolean', default: false },
        export: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.citizens === undefined) throw new UsageError('--citizens is required');
  if (!/^[0-9]+$/.test(values.citizens) || Number(values.citizens) < 1 || Number(values.citizens) > 100_000_000) {
    throw new UsageError(`--citizens must be a whole number from 1 to 100000000, not "${values.citizens}"`);
  }
  if (values.seed !== undefined && values.seed.trim() === '') throw new UsageError('--seed must not be empty');
  if (values.export !== undefined) {
    if (values.export.trim() === '') throw new UsageError('--export needs a directory');
    if (values.replace) throw new UsageError('--export writes files and replaces nothing: drop --replace');
    return { kind: 'export', citizens: Number(values.citizens), seed: values.seed, dir: values.export };
  }
  return { kind: 'seed', citizens: Number(values.citizens), seed: values.seed, replace: values.replace ?? false };
}

async function main(): Promise<number> {
  let args: SeedCommand;
  try {
    args = parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const config = readConfig();
  setLogLevel('warn');
  if (args.kind === 'export') return exportFiles(args, args.seed ?? config.seed);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const bar = progressBar('seeding');
  const started = Date.now();
  try {
    await migrate(database.url);
    bar.start(args.citizens, 0, { rate: 0 });
    const result = await seedPopulation(pool, {
      citizens: args.citizens,
      seed: args.seed ?? config.seed,
      replace: args.replace,
      onProgress: (done) =>
        bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) }),
    });
    bar.stop();
    process.stdout.write(
      `Seeded ${result.citizens} citizens in ${result.families} families in ${result.seconds.toFixed(1)} s ` +
        `(${database.embedded ? 'embedded database' : 'DATABASE_URL'}).\n`,
    );
    await refreshPlannersProjection(pool, config, { loaded: true });
    process.stdout.write("Rebuilt the planners' projection.\n");
    return 0;
  } catch (error) {
    bar.stop();
    if (error instanceof SeedError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await pool.end();
    await database.close();
  }
}

function progressBar(label: string): SingleBar {
  return new SingleBar(
    {
      format: `${label} |{bar}| {percentage}% | {value}/{total} citizens | {rate}/s | ETA {eta_formatted}`,
      stream: process.stderr,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
}

async function exportFiles(args: Extract<SeedCommand, { kind: 'export' }>, seed: string): Promise<number> {
  const bar = progressBar('exporting');
  const started = Date.now();
  bar.start(args.citizens, 0, { rate: 0 });
  try {
    const result = await exportPopulation({
      dir: resolve(args.dir),
      citizens: args.citizens,
      seed,
      onProgress: (done) =>
        bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) }),
    });
    bar.stop();
    process.stdout.write(`Exported ${result.citizens} citizens in ${result.seconds.toFixed(1)} s:\n`);
    for (const { source, path } of result.files)
      process.stdout.write(`  ${source.padEnd(10)} ${relative(process.cwd(), path) || path}\n`);
    process.stdout.write(
      `Records: ${Object.entries(result.records)
        .map(([source, n]) => `${source} ${n}`)
        .join(', ')}\n`,
    );
    return 0;
  } catch (error) {
    bar.stop();
    throw error;
  }
}

// Run only as a script, so that tests can import parseSeedArgs.
if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`Seeding failed: ${error.message}\n`);
      process.exit(1);
    },
  );
}
