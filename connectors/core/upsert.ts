import type { PoolClient } from 'pg';
import type { MapContext, MappedRecord, Outcome } from './connector';

/**
 * A table a connector writes: its natural key (one column), the columns a record supplies, and whether rows
 * carry provenance (`source_agency`, `source_system`, `source_as_of`). A child table names the column that
 * points to its parent: a record gives the whole set of its children, and children it no longer lists are
 * deleted (a filing withdrawn, a KBLI activity dropped).
 */
export interface TableSpec {
  readonly name: string;
  readonly key: string;
  readonly columns: readonly string[];
  readonly provenance: boolean;
  readonly parent?: string;
}

export interface TableRows {
  table: TableSpec;
  rows: (string | null)[][];
  /** For a child table: the parent whose full set of children `rows` is (required then, even when empty). */
  parentKey?: string;
}

/** What `upsertInto` expects as `MappedRecord.data`: rows by table; the first row listed is the record's own. */
export interface RowsRecord {
  tables: TableRows[];
  /** When the source says the record was true (ISO); else the run's start. */
  asOf?: string;
}

const PROVENANCE = ['source_agency', 'source_system', 'source_as_of'];
const typeCache = new Map<string, Map<string, string>>();

async function columnTypes(tx: PoolClient, table: string): Promise<Map<string, string>> {
  let types = typeCache.get(table);
  if (!types) {
    const { rows } = await tx.query<{ name: string; type: string }>(
      'select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = ' +
        '$1::regclass and attnum > 0 and not attisdropped',
      [table],
    );
    types = new Map(rows.map((r) => [r.name, r.type]));
    typeCache.set(table, types);
  }
  return types;
}

const quote = (identifier: string) => `"${identifier}"`;

/**
 * Inserts new rows and updates changed ones in one statement per table (`insert ... select from unnest ...
 * on conflict do update ... where distinct`); returns the keys written and whether each was new. A row that
 * is already as the source says is not touched, so re-running an import leaves it, and its as-of time, alone.
 */
async function upsertTable(tx: PoolClient, table: TableSpec, rows: (string | null)[][]): Promise<Map<string, boolean>> {
  const types = await columnTypes(tx, table.name);
  const columns = table.provenance ? [...table.columns, ...PROVENANCE] : [...table.columns];
  const compared = columns.filter((c) => c !== table.key && c !== 'source_as_of');
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map((column, i) => `${aliases[i]}::${types.get(column) ?? 'text'}`).join(', ');
  const target = `t`;
  const sql = `insert into ${table.name} as ${target} (${columns.map(quote).join(', ')})
    select ${select} from unnest(${params}) as u(${aliases.join(', ')})
    on conflict (${quote(table.key)}) do update set ${columns
      .filter((c) => c !== table.key)
      .map((c) => `${quote(c)} = excluded.${quote(c)}`)
      .join(', ')}
    where (${compared.map((c) => `${target}.${quote(c)}`).join(', ')}) is distinct from
    (${compared.map((c) => `excluded.${quote(c)}`).join(', ')})
    returning ${target}.${quote(table.key)}::text as key, (xmax = 0) as inserted`;
  const arrays = columns.map((_, i) => rows.map((row) => row[i]));
  const { rows: written } = await tx.query<{ key: string; inserted: boolean }>(sql, arrays);
  return new Map(written.map((r) => [r.key, r.inserted]));
}

/** Deletes the children of these parents that the batch no longer lists; returns the parents that lost some. */
async function deleteStaleChildren(
  tx: PoolClient,
  table: TableSpec,
  parents: string[],
  keep: string[],
): Promise<Set<string>> {
  const { rows } = await tx.query<{ parent: string }>(
    `delete from ${table.name} where ${quote(table.parent!)} = any($1::text[]) and not (${quote(table.key)}::text =
      any($2::text[])) returning ${quote(table.parent!)}::text as parent`,
    [parents, keep],
  );
  return new Set(rows.map((r) => r.parent));
}

/**
 * The usual `Connector.write`: each table of the batch in one statement, in the order given (parents before
 * children). A record is `inserted` when its own (first) row is new, `updated` when any of its rows changed or
 * a child of it was deleted, `unchanged` otherwise.
 */
export function upsertInto(order: readonly TableSpec[]) {
  return (tx: PoolClient, records: readonly MappedRecord[], context: MapContext) =>
    upsertRecords(tx, order, records, context);
}

async function upsertRecords(
  tx: PoolClient,
  order: readonly TableSpec[],
  records: readonly MappedRecord[],
  context: MapContext,
): Promise<Outcome[]> {
  const byTable = new Map<TableSpec, { rows: (string | null)[][]; owners: number[]; parents: Map<string, number> }>();
  const outcome: Outcome[] = records.map(() => 'unchanged');
  const own: { table: TableSpec; key: string | undefined }[] = [];
  records.forEach((record, index) => {
    const data = record.data as RowsRecord;
    const asOf = data.asOf ?? context.startedAt;
    data.tables.forEach((entry, position) => {
      if (!order.includes(entry.table))
        throw new Error(`${entry.table.name} is not among the tables this connector writes`);
      let slot = byTable.get(entry.table);
      if (!slot) {
        slot = { rows: [], owners: [], parents: new Map() };
        byTable.set(entry.table, slot);
      }
      if (entry.table.parent) {
        if (entry.parentKey === undefined)
          throw new Error(`${entry.table.name} rows need the parent key they belong to`);
        slot.parents.set(entry.parentKey, index);
      }
      for (const row of entry.rows) {
        slot.rows.push(entry.table.provenance ? [...row, context.agency, context.system, asOf] : row);
        slot.owners.push(index);
      }
      if (position === 0)
        own[index] = {
          table: entry.table,
          key: entry.rows[0]?.[entry.table.columns.indexOf(entry.table.key)] ?? undefined,
        };
    });
  });
  for (const table of order) {
    const slot = byTable.get(table);
    if (!slot) continue;
    const keyIndex = table.columns.indexOf(table.key);
    // One statement cannot touch a row twice: a key listed twice keeps its last row.
    const last = new Map<string, number>();
    slot.rows.forEach((row, i) => last.set(row[keyIndex]!, i));
    const rows = [...last.values()].map((i) => slot.rows[i]);
    const owners = new Map([...last.entries()].map(([key, i]) => [key, slot.owners[i]]));
    const written = rows.length > 0 ? await upsertTable(tx, table, rows) : new Map<string, boolean>();
    for (const [key, inserted] of written) {
      const owner = owners.get(key)!;
      if (inserted && own[owner].table === table && own[owner].key === key) outcome[owner] = 'inserted';
      else if (outcome[owner] === 'unchanged') outcome[owner] = 'updated';
    }
    if (table.parent && slot.parents.size > 0) {
      const lost = await deleteStaleChildren(tx, table, [...slot.parents.keys()], [...last.keys()]);
      for (const parent of lost) {
        const owner = slot.parents.get(parent)!;
        if (outcome[owner] === 'unchanged') outcome[owner] = 'updated';
      }
    }
  }
  return outcome;
}
