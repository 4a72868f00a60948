import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { CitizenRow, FamilyRow } from '../../seeds/generator';
import type { TableRows } from '../../seeds/agencies/table-rows';

/**
 * One batch of a generated population as `npm run seed` would load it: families and citizens, and every
 * agency's rows derived from them by table name (`tax.taxpayer`, `health.membership`, ...; values as text,
 * null for NULL, in `columns` order). Families are never split across batches, so everything about a person
 * is in the batch that holds them.
 */
export interface ExportBatch {
  families: readonly FamilyRow[];
  citizens: readonly CitizenRow[];
  tables: ReadonlyMap<string, TableRows>;
}

/** Writes one agency's export format into a directory of its own (`<dir>/<source>/...`). */
export interface SourceExporter {
  write(batch: ExportBatch): Promise<void>;
  /** Flushes and closes; says what was written. */
  close(): Promise<{ files: string[]; records: number }>;
}

/** The value of a column in one row of a TableRows. */
export function column(table: TableRows, row: readonly (string | null)[], name: string): string | null {
  const index = table.columns.indexOf(name);
  if (index === -1) throw new Error(`${table.table} has no column ${name}`);
  return row[index];
}

/** A text file written with back-pressure, its parent directory created. */
export class ExportFile {
  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {}

  static async create(path: string): Promise<ExportFile> {
    await mkdir(dirname(path), { recursive: true });
    const stream = createWriteStream(path);
    await once(stream, 'open');
    return new ExportFile(path, stream);
  }

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
