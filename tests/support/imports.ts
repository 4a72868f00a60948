import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';

/** A temporary directory for export files, removed by `remove()`. */
export function exportDirectory(name: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `c360-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The rows of a table as text, in key order, without the provenance columns (which say where a row came from,
 * and so differ between a seeded and an imported copy): two databases hold the same data when these are equal.
 */
export async function tableContents(pool: Pool, table: string, key: string): Promise<string[]> {
  const [schema, name] = table.split('.');
  const { rows: columns } = await pool.query<{ name: string }>(
    `select column_name as name from information_schema.columns where table_schema = $1 and table_name = $2 and
      column_name not like 'source\\_%' order by ordinal_position`,
    [schema, name],
  );
  const list = columns.map((c) => `"${c.name}"`).join(', ');
  const { rows } = await pool.query<{ row: string }>(`select (${list})::text as row from ${table} order by "${key}"`);
  return rows.map((r) => r.row);
}

/** A checksum of a table's contents (as `tableContents`) and its row count. */
export async function tableChecksum(pool: Pool, table: string, key: string): Promise<{ rows: number; md5: string }> {
  const [schema, name] = table.split('.');
  const { rows: columns } = await pool.query<{ name: string }>(
    `select column_name as name from information_schema.columns where table_schema = $1 and table_name = $2 and
      column_name not like 'source\\_%' order by ordinal_position`,
    [schema, name],
  );
  const list = columns.map((c) => `"${c.name}"`).join(', ');
  const {
    rows: [result],
  } = await pool.query<{ rows: string; md5: string }>(
    `select count(*) as rows, md5(coalesce(string_agg((${list})::text, E'\\n' order by "${key}"), '')) as md5 from
      ${table}`,
  );
  return { rows: Number(result.rows), md5: result.md5 };
}
