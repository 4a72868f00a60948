import type { Pool } from 'pg';

/** The agencies' schemas, whose tables hold what the hub knows per citizen. */
const AGENCIES = ['population', 'regsosek', 'tax', 'health', 'licensing'] as const;

export interface StorageResult {
  /** Bytes on disk per citizen in each agency's schema: tables, their indexes and TOAST. */
  bytesPerCitizen: Record<string, number>;
  /** The same without indexes (the tables' own pages and TOAST). */
  tableBytesPerCitizen: Record<string, number>;
  /** The access log's bytes per event on disk (its monthly tables, their indexes and TOAST), over how many events. */
  bytesPerAccessEvent: number;
  accessEvents: number;
  /** The signed checkpoints' bytes per event (one checkpoint per committed batch). */
  checkpointBytesPerEvent: number;
}

/**
 * What the hub's data takes on disk, read from PostgreSQL's own accounting after ANALYZE (sizes from the relation
 * files; counts exact): per citizen and agency, and per access event.
 */
export async function measureStorage(pool: Pool, citizens: number): Promise<StorageResult> {
  await pool.query('analyze');
  const { rows } = await pool.query<{ schema: string; total: string; tables: string }>(
    `select n.nspname as schema,
            sum(pg_total_relation_size(c.oid))::bigint as total,
            sum(pg_table_size(c.oid))::bigint as tables
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname = any($1)
      group by n.nspname`,
    [[...AGENCIES, 'audit']],
  );
  const bytes = new Map(rows.map((row) => [row.schema, { total: Number(row.total), tables: Number(row.tables) }]));
  const {
    rows: [log],
  } = await pool.query<{ events: string; events_bytes: string; checkpoint_bytes: string }>(
    `select (select count(*) from audit.access_event) as events,
            (select sum(pg_total_relation_size(relid)) from pg_partition_tree('audit.access_event')) as events_bytes,
            pg_total_relation_size('audit.checkpoint') as checkpoint_bytes`,
  );
  const events = Number(log.events);
  const per = (pick: 'total' | 'tables') =>
    Object.fromEntries(AGENCIES.map((agency) => [agency, Math.round((bytes.get(agency)?.[pick] ?? 0) / citizens)]));
  return {
    bytesPerCitizen: per('total'),
    tableBytesPerCitizen: per('tables'),
    bytesPerAccessEvent: events > 0 ? Math.round(Number(log.events_bytes) / events) : 0,
    accessEvents: events,
    checkpointBytesPerEvent: events > 0 ? Math.round(Number(log.checkpoint_bytes) / events) : 0,
  };
}
