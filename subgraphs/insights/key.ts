import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The pseudonymisation key (INSIGHTS_KEY_FILE): it turns NIKs into person keys and seeds the perturbation, so
 * whoever lacks it can neither test a NIK against the projection nor predict the noise. Created on first use
 * outside production (mode 600); in production it must exist.
 */
export function loadPseudonymisationKey(file: string, options: { create: boolean }): string {
  if (!existsSync(file)) {
    if (!options.create) throw new Error(`the pseudonymisation key ${file} does not exist (INSIGHTS_KEY_FILE)`);
    mkdirSync(dirname(file), { recursive: true });
    try {
      // Exclusive: of processes starting together, one writes the key and the others read it.
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new Error(`the pseudonymisation key in ${file} is shorter than 32 characters`);
  return key;
}
