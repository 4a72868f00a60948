import { loadKeyFile } from '../../hub/key-file';

/**
 * The pseudonymisation key (INSIGHTS_KEY_FILE): it turns NIKs into person keys and seeds the perturbation, so
 * whoever lacks it can neither test a NIK against the projection nor predict the noise. Created on first use
 * outside production (mode 600); in production it must exist.
 */
export function loadPseudonymisationKey(file: string, options: { create: boolean }): string {
  return loadKeyFile(file, { ...options, what: 'the pseudonymisation key', setting: 'INSIGHTS_KEY_FILE' });
}
