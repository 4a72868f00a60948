import type { OpenedSource } from '../core/connector';
import { exportFile, jsonLinesSource } from '../core/files';
import { BUSINESSES_FILE } from './format';

/** A JSON array of businesses, one element per line: read line by line, resumable at any line. */
export async function openOssExport(input: string): Promise<OpenedSource> {
  return jsonLinesSource(await exportFile(input, 'oss', BUSINESSES_FILE));
}
