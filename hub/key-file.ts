import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A secret key kept in a file (32 random bytes, base64url): created on first use when `create` (outside
 * production, mode 600), else it must exist, because what it keyed could not be recomputed without it. `what`
 * and `setting` name it in errors ("the pseudonymisation key", "INSIGHTS_KEY_FILE").
 */
export function loadKeyFile(file: string, options: { create: boolean; what: string; setting: string }): string {
  if (!existsSync(file)) {
    if (!options.create) throw new Error(`${options.what} ${file} does not exist (${options.setting})`);
    mkdirSync(dirname(file), { recursive: true });
    try {
      // Exclusive: of processes starting together, one writes the key and the others read it.
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new Error(`${options.what} in ${file} is shorter than 32 characters`);
  return key;
}
