import { loadKeyFile } from '../hub/key-file';

/**
 * The key of the pairwise subject identifiers (PAIRWISE_KEY_FILE): whoever holds it can link a client's
 * identifiers to NIKs, and one client's to another's, so it stays with the gateways. Created on first use outside
 * production (mode 600); in production it must exist. Changing it changes every identifier every client holds.
 */
export function loadPairwiseKey(file: string, options: { create: boolean }): string {
  return loadKeyFile(file, { ...options, what: 'the pairwise subject key', setting: 'PAIRWISE_KEY_FILE' });
}
