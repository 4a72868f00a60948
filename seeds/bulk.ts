import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * How rows are bulk-loaded: `copy` streams COPY FROM STDIN (PostgreSQL's fastest path); `insert` sends
 * `INSERT ... SELECT * FROM unnest(...)` in chunks, for the embedded PGlite, whose socket server cannot carry
 * the COPY sub-protocol.
 */
export type BulkMethod = 'copy' | 'insert';

const INSERT_CHUNK = 5_000;

/**
 * PGlite reports itself in version() ("PostgreSQL 18.6 (PGlite 0.5.14) on wasm32-unknown-emscripten ...");
 * everything else is treated as PostgreSQL. Detected up front rather than by trying COPY and falling back:
 * over pglite-socket 0.2 a COPY FROM STDIN ends the connection ("protocol synchronization was lost", 08P01),
 * so no savepoint can catch it, and the server is left unusable for a while.
 */
export async function detectBulkMethod(pool: Pool): Promise<BulkMethod> {
  const { rows } = await pool.query<{ version: string }>('select version() as version');
  return rows[0].version.includes('PGlite') ? 'insert' : 'copy';
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** Escapes one value for COPY's text format (most values need nothing, and are passed as they are). */
function copyValue(value: string | null): string {
  if (value === null) return '\\N';
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Inserts rows (all values as text; PostgreSQL casts them to the column types) with the given method. */
export async function bulkInsert(
  client: PoolClient,
  method: BulkMethod,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly (string | null)[])[],
): Promise<void> {
  if (rows.length === 0) return;
  if (method === 'copy') {
    const text = rows.map((row) => row.map(copyValue).join('\t')).join('\n') + '\n';
    await pipeline(Readable.from([text]), client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`)));
    return;
  }
  const list = columns.join(', ');
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  // unnest gives text; text converts to date and the like only by an explicit cast, so cast to each column's type.
  const { rows: types } = await client.query<{ name: string; type: string }>(
    'select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = ' +
      '$1::regclass and attnum > 0 and not attisdropped',
    [table],
  );
  const typeOf = new Map(types.map((t) => [t.name, t.type]));
  const select = columns.map((column, i) => `c${i}::${typeOf.get(column) ?? 'text'}`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    const arrays = columns.map((_, i) => chunk.map((row) => row[i]));
    await client.query(
      `insert into ${table} (${list}) select ${select} from unnest(${params}) as u(${aliases})`,
      arrays,
    );
  }
}
