import type { OpenedSource } from '../core/connector';
import { exportFile, jsonLinesSource } from '../core/files';
import { BUNDLES_FILE } from './export';

/**
 * Opens a SATUSEHAT export: the NDJSON file of Bundles itself, or the directory an export wrote it into
 * (`<dir>/satusehat/` or `<dir>`).
 */
export async function openBundles(input: string): Promise<OpenedSource> {
  return jsonLinesSource(await exportFile(input, 'satusehat', BUNDLES_FILE));
}
