import { createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Pool } from 'pg';
import { ConfigError, readConfig } from '../hub/config';
import { openDatabase } from '../hub/database';
import { setLogLevel } from '../hub/log';
import { pgExecutor } from '../policy/audit/access-log';
import { verifyLog, type Witness } from '../policy/audit/verify';
import { monthBounds, monthPositions, verifyArchive } from '../policy/audit/archive';
import { commandOptions } from './command-options';

/** `--archive DIR`: the key given (or AUDIT_KEY_FILE's) if there is one, else the archive's own, said so. */
async function verifyArchiveFiles(dir: string, keyFile: string): Promise<number> {
  const own = !existsSync(keyFile);
  const publicKey = createPublicKey(readFileSync(own ? join(dir, 'public-key.pem') : keyFile));
  const result = await verifyArchive(dir, publicKey);
  if (result.kind === 'failed') {
    const where = result.position ? ` at position ${result.position}` : '';
    process.stdout.write(`Archive verification FAILED${where}: ${result.problem}\n`);
    return 1;
  }
  const { manifest } = result;
  process.stdout.write(
    `Archive OK: ${manifest.events} events of ${manifest.month} (positions ${manifest.firstPosition} to ` +
      `${manifest.lastPosition}) in the tree of ${manifest.checkpoint.size} signed with key ` +
      `${result.keyFingerprint}${own ? " (the archive's own key: compare it with the published one)" : ''}\n`,
  );
  return 0;
}

const USAGE = `Usage: npm run audit:verify [-- --public-key FILE] [--witness FILE] [--no-witness] [--month YYYY-MM]
       npm run audit:verify -- --archive DIR [--public-key FILE]

Recomputes the access log from its events and checks it against its signed checkpoints. Prints OK with the
log's size and root, or the first problem and where it is (exit code 1). Reads DATABASE_URL, or the embedded
database while the hub is stopped.

  --public-key  the checkpoint key's public half (PEM); default: derived from AUDIT_KEY_FILE
  --witness     where the last verified checkpoint is kept, to detect a rollback (default AUDIT_WITNESS_FILE)
  --no-witness  neither read nor update a witness
  --month       only the events of one month (UTC; its partition of the log) and the checkpoints around them,
                from the last checkpoint before them; no witness is read or written
  --archive     a month exported by \`npm run audit:archive\`, checked without the database (every event against
                its leaf hash and inclusion proof, the checkpoint's signature); the public key is --public-key,
                AUDIT_KEY_FILE's, or the archive's own (then compare its fingerprint with the published key)
`;

async function main(): Promise<number> {
  const values = commandOptions(USAGE, {
    'public-key': { type: 'string' },
    witness: { type: 'string' },
    'no-witness': { type: 'boolean' },
    month: { type: 'string' },
    archive: { type: 'string' },
  });
  if (typeof values === 'number') return values;
  const month = values.month;
  if (month !== undefined && !monthBounds(month)) {
    process.stderr.write(`--month must be a month as YYYY-MM (e.g. 2026-11), not "${month}"\n\n${USAGE}`);
    return 2;
  }
  const config = readConfig();
  setLogLevel('warn');
  if (values.archive) return verifyArchiveFiles(values.archive, values['public-key'] ?? config.audit.keyFile);
  const keyFile = values['public-key'] ?? config.audit.keyFile;
  if (!existsSync(keyFile)) {
    process.stderr.write(`No key to verify with: ${keyFile} does not exist (AUDIT_KEY_FILE, or --public-key)\n`);
    return 2;
  }
  const publicKey = createPublicKey(readFileSync(keyFile));
  const witnessFile = values['no-witness'] || month ? undefined : (values.witness ?? config.audit.witnessFile);
  const witness =
    witnessFile && existsSync(witnessFile) ? (JSON.parse(readFileSync(witnessFile, 'utf8')) as Witness) : undefined;

  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const pool = new Pool({ connectionString: database.url, max: 1 });
  try {
    const range = month ? await monthPositions(pgExecutor(pool), month) : undefined;
    if (month && !range) {
      process.stdout.write(`Access log: no events in ${month}, nothing to verify\n`);
      return 0;
    }
    const result = await verifyLog(pgExecutor(pool), { publicKey, witness, range: range ?? undefined });
    if (result.kind === 'failed') {
      const where = result.position ? ` at position ${result.position}` : '';
      process.stdout.write(`Access log verification FAILED${where}: ${result.problem}\n`);
      return 1;
    }
    const latest = result.latest;
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const under = `${count(result.events, 'event')} under ${count(result.checkpoints, 'signed checkpoint')}`;
    process.stdout.write(
      (range
        ? `Access log OK for ${month}: its ${count(range.events, 'event')} (positions ${range.first} to ` +
          `${range.last}) in ${under}`
        : `Access log OK: ${under}`) +
        (latest
          ? `; root ${latest.root.toString('base64')} signed ${latest.at.toISOString()} by key ${latest.keyId}`
          : '') +
        '\n',
    );
    if (witnessFile && latest) {
      mkdirSync(dirname(witnessFile), { recursive: true });
      writeFileSync(
        witnessFile,
        JSON.stringify({ size: latest.size, root: latest.root.toString('base64') } satisfies Witness),
      );
    }
    return 0;
  } finally {
    await pool.end();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(
      error instanceof ConfigError ? `${error.message}\n` : `Verification could not run: ${error.message}\n`,
    );
    process.exit(2);
  },
);
