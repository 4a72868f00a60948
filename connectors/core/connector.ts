import type { Pool, PoolClient } from 'pg';
import type { ChangeNotice } from '../../hub/change-feed';

/**
 * One shape for every agency source: open the input, read records, validate and map each one, write the good
 * ones idempotently by natural key, quarantine the bad ones with a reason. The runner (`runner.ts`) owns
 * batching, transactions, checkpoints and counting; a connector only knows its format.
 */
export interface Connector {
  /** The name given to `npm run import -- <source>`. */
  readonly source: string;
  /** Who the data comes from and through which system: stamped on every row as its provenance. */
  readonly agency: string;
  readonly system: string;
  /** The tables it writes, parents first. */
  readonly tables: readonly string[];
  /** One line for the usage text: what the input is. */
  readonly input: string;
  open(input: string, options: OpenOptions): Promise<OpenedSource>;
  /** Validates and maps one record; pure, so a bad record never reaches the database. */
  map(record: SourceRecord, context: MapContext): Mapped;
  /**
   * Writes a batch of good records inside the runner's transaction and says what became of each (same order).
   * Records whose references are missing are quarantined by the runner before this is called.
   */
  write(tx: PoolClient, records: readonly MappedRecord[], context: MapContext): Promise<Outcome[]>;
  /** For the population register: the changes a committed batch applied, announced on the change feed. */
  notices?(records: readonly MappedRecord[]): ChangeNotice[];
}

export interface OpenOptions {
  /** Only records changed since this point (sources that can tell). */
  since?: string;
  /** The hub's database, for sources driven by what it holds (asking an agency's API about the NIKs registered). */
  pool: Pool;
}

export interface OpenedSource {
  /** What identifies this input (content hash, or URL and options): a re-run with the same one resumes. */
  readonly fingerprint: string;
  /** Size for the progress bar, in the unit `read` reports progress in (bytes of a file, NIKs asked for). */
  readonly total?: number;
  /** Records from the start, or after `resume` (a cursor a record of an earlier run carried). */
  read(resume: string | undefined): AsyncIterable<SourceRecord>;
  close?(): Promise<void>;
}

export interface SourceRecord {
  /** Where the record stands in its source: a progress reading and the resume point after it. */
  readonly cursor: string;
  /** Progress after this record, in the unit of `OpenedSource.total`. */
  readonly progress: number;
  /** The record as parsed (an object) or as read (a line). */
  readonly value: unknown;
  /** The record as it stood in the source, kept with a quarantined record (cut to 4 kB). */
  readonly text: string;
  /**
   * Commit what was read before this record first: its references point at records read just before it (a
   * DTSEN member file after its households file), and references are checked against committed rows.
   */
  readonly startsBatch?: boolean;
}

/** Provenance stamped on every row a run writes. */
export interface MapContext {
  readonly agency: string;
  readonly system: string;
  /** When the run started (ISO): the as-of time of records that carry none of their own. */
  readonly startedAt: string;
}

export type Mapped = MappedRecord | { kind: 'bad'; reason: string };

export interface MappedRecord {
  kind: 'ok';
  /** The record's natural key (a NIK, an NPWP, a household id): two records with one key never share a batch. */
  key: string;
  /**
   * The NIKs whose data this record may change: cached answers about them are invalidated once it commits.
   * `write` may add the ones only the database knows (the members of a household).
   */
  people?: string[];
  /** Rows this record needs to exist already, checked for the whole batch at once. */
  references?: Reference[];
  /** What the connector's `write` needs: rows by table, an event, ... */
  data: unknown;
}

export interface Reference {
  table: string;
  column: string;
  value: string;
  /** Said in the quarantine when the row is missing, e.g. "NIK not in the population register". */
  reason: string;
}

export type Outcome = 'inserted' | 'updated' | 'unchanged';

/** A record is bad: the message becomes its quarantine reason. */
export function bad(reason: string): Mapped {
  return { kind: 'bad', reason };
}
