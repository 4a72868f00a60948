import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { Pool } from 'pg';
import { ConfigError, readConfig } from '../hub/config';
import { openDatabase } from '../hub/database';
import { setLogLevel } from '../hub/log';
import { pgExecutor } from '../policy/audit/access-log';
import { keyFingerprint, monthBounds, writeArchive } from '../policy/audit/archive';
import { commandOptions } from './command-options';

const USAGE = `Usage: npm run audit:archive -- --month YYYY-MM --out DIR [--public-key FILE]

Exports one closed month of the access log (its partition, UTC) to DIR, to be kept outside the database:
events.jsonl (every event of the month as stored, with its position and leaf hash), proofs.jsonl (each event's
inclusion proof), checkpoint.json (the signed checkpoint the proofs lead to: the first that seals the month's
last event), public-key.pem and manifest.json (counts, positions, each file's SHA-256). The month must be over.
\`npm run audit:verify -- --archive DIR\` checks it without the database. Reads DATABASE_URL, or the embedded
database while the hub is stopped. The events stay in the database.

  --month       the month, YYYY-MM (before the current one)
  --out         an empty or missing directory
  --public-key  the checkpoint key's public half (PEM) to put in the archive; default: derived from AUDIT_KEY_FILE
`;

async function main(): Promise<number> {
  const values = commandOptions(USAGE, {
    month: { type: 'string' },
    out: { type: 'string' },
    'public-key': { type: 'string' },
  });
  if (typeof values === 'number') return values;
  const bounds = values.month ? monthBounds(values.month) : undefined;
  if (!values.month || !bounds || !values.out) {
    process.stderr.write(`--month YYYY-MM and --out DIR are required\n\n${USAGE}`);
    return 2;
  }
  if (bounds.to.getTime() > Date.now()) {
    process.stderr.write(`${values.month} is not over yet: its partition is still being written\n`);
    return 2;
  }
  const config = readConfig();
  setLogLevel('warn');
  const keyFile = values['public-key'] ?? config.audit.keyFile;
  if (!existsSync(keyFile)) {
    process.stderr.write(`No key for the archive: ${keyFile} does not exist (AUDIT_KEY_FILE, or --public-key)\n`);
    return 2;
  }
  const publicKey = createPublicKey(readFileSync(keyFile));
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const pool = new Pool({ connectionString: database.url, max: 1 });
  const bar = new SingleBar(
    {
      format: `archiving ${values.month} |{bar}| {percentage}% | {value}/{total} events | ETA {eta_formatted}`,
      stream: process.stderr,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  try {
    let started = false;
    const manifest = await writeArchive(pgExecutor(pool), {
      month: values.month,
      dir: values.out,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      progress: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar.stop();
    process.stdout.write(
      `Archived ${manifest.events} events of ${manifest.month} (positions ${manifest.firstPosition} to ` +
        `${manifest.lastPosition}) with their proofs to the checkpoint of size ${manifest.checkpoint.size} into ` +
        `${values.out}; key fingerprint ${keyFingerprint(publicKey)}\n`,
    );
    return 0;
  } catch (error) {
    bar.stop();
    process.stderr.write(`Archive not written: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await pool.end();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Archive failed: ${error.message}\n`);
    process.exit(2);
  },
);
