import { createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { ConfigError, readConfig } from '../hub/config';
import { openDatabase } from '../hub/database';
import { setLogLevel } from '../hub/log';
import { pgExecutor } from '../policy/audit/access-log';
import { verifyLog, type Witness } from '../policy/audit/verify';

const USAGE = `Usage: npm run audit:verify [-- --public-key FILE] [--witness FILE] [--no-witness]

Recomputes the access log from its events and checks it against its signed checkpoints. Prints OK with the
log's size and root, or the first problem and where it is (exit code 1). Reads DATABASE_URL, or the embedded
database while the hub is stopped.

  --public-key  the checkpoint key's public half (PEM); default: derived from AUDIT_KEY_FILE
  --witness     where the last verified checkpoint is kept, to detect a rollback (default AUDIT_WITNESS_FILE)
  --no-witness  neither read nor update a witness
`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        'public-key': { type: 'string' },
        witness: { type: 'string' },
        'no-witness': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const config = readConfig();
  setLogLevel('warn');
  const keyFile = values['public-key'] ?? config.audit.keyFile;
  if (!existsSync(keyFile)) {
    process.stderr.write(`No key to verify with: ${keyFile} does not exist (AUDIT_KEY_FILE, or --public-key)\n`);
    return 2;
  }
  const publicKey = createPublicKey(readFileSync(keyFile));
  const witnessFile = values['no-witness'] ? undefined : (values.witness ?? config.audit.witnessFile);
  const witness =
    witnessFile && existsSync(witnessFile) ? (JSON.parse(readFileSync(witnessFile, 'utf8')) as Witness) : undefined;

  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const pool = new Pool({ connectionString: database.url, max: 1 });
  try {
    const result = await verifyLog(pgExecutor(pool), { publicKey, witness });
    if (result.kind === 'failed') {
      const where = result.position ? ` at position ${result.position}` : '';
      process.stdout.write(`Access log verification FAILED${where}: ${result.problem}\n`);
      return 1;
    }
    const latest = result.latest;
    process.stdout.write(
      `Access log OK: ${result.events} events under ${result.checkpoints} signed checkpoints` +
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
