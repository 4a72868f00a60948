import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';

// The Citus plan (deploy/citus/distribute.sql) against the tables the hub's migrations actually create: every table
// placed exactly once (distributed, reference or local), distribution columns that exist and agree in type within
// a co-location group, and keys Citus accepts or a listed change for each. Citus itself is not installed here; this
// keeps the plan true as the schema changes (a new table, column or key fails here until the plan says where it
// goes). MikroORM's migration tables are included: the plan keeps them local, as every other table it has to name.
const PLAN_FILE = resolve(__dirname, '../../deploy/citus/distribute.sql');

interface DistributedEntry {
  readonly table: string;
  readonly column: string;
  /** 'none' (a new co-location group) or the table whose group it joins. */
  readonly colocateWith: string | undefined;
  readonly shardCount: number | undefined;
}

interface KeyChange {
  readonly table: string;
  /** A unique index (primary key, unique constraint, unique index) or a foreign key of the table. */
  readonly key: string;
  /** The new key's columns, or 'drop'. */
  readonly change: readonly string[] | 'drop';
}

interface Plan {
  readonly distributed: DistributedEntry[];
  readonly reference: string[];
  readonly local: string[];
  readonly keyChanges: KeyChange[];
  /** Lines or statements that look like plan entries but are not in the plan's formats. */
  readonly unreadable: string[];
}

const NAME = String.raw`[a-z_][a-z0-9_]*`;
const TABLE = String.raw`${NAME}\.${NAME}`;
const LOCAL_LINE = new RegExp(String.raw`^-- local (${TABLE}): \S`);
const KEY_CHANGE_LINE = new RegExp(String.raw`^-- key-change (${TABLE}) (${NAME}) -> (drop|\(([a-z0-9_, ]+)\)): \S`);
const REFERENCE_CALL = new RegExp(String.raw`^select\s+create_reference_table\s*\(\s*'(${TABLE})'\s*\)$`, 'i');
/** `, name => 'text'` or `, name => 123`, any number of them. */
const NAMED_ARGUMENTS = String.raw`((?:,\s*\w+\s*=>\s*(?:'[^']*'|\d+)\s*)*)`;
const DISTRIBUTED_CALL = new RegExp(
  String.raw`^select\s+create_distributed_table\s*\(\s*'(${TABLE})'\s*,\s*'(${NAME})'\s*${NAMED_ARGUMENTS}\)$`,
  'i',
);
const NAMED_ARGUMENT = /(\w+)\s*=>\s*(?:'([^']*)'|(\d+))/g;

/**
 * Reads the plan: the create_reference_table / create_distributed_table calls (statements, comments removed), and
 * the `-- local` and `-- key-change` comment lines. Anything that looks like an entry but is not in these formats
 * is reported, not skipped.
 */
function parsePlan(sql: string): Plan {
  const plan: Plan = { distributed: [], reference: [], local: [], keyChanges: [], unreadable: [] };
  const lines = sql.split('\n');
  for (const line of lines) {
    if (line.startsWith('-- local ')) {
      const match = LOCAL_LINE.exec(line);
      if (match) plan.local.push(match[1]);
      else plan.unreadable.push(line);
    } else if (line.startsWith('-- key-change ')) {
      const match = KEY_CHANGE_LINE.exec(line);
      if (!match) plan.unreadable.push(line);
      else
        plan.keyChanges.push({
          table: match[1],
          key: match[2],
          change: match[3] === 'drop' ? 'drop' : match[4].split(',').map((column) => column.trim()),
        });
    }
  }
  const code = lines.map((line) => line.replace(/--.*$/, '')).join('\n');
  for (const raw of code.split(';')) {
    const statement = raw.trim().replace(/\s+/g, ' ');
    if (!/create_(distributed|reference)_table/i.test(statement)) continue;
    const reference = REFERENCE_CALL.exec(statement);
    const distributed = DISTRIBUTED_CALL.exec(statement);
    if (reference) plan.reference.push(reference[1]);
    else if (distributed) {
      const named = new Map([...distributed[3].matchAll(NAMED_ARGUMENT)].map((m) => [m[1], m[2] ?? m[3]]));
      plan.distributed.push({
        table: distributed[1],
        column: distributed[2],
        colocateWith: named.get('colocate_with'),
        shardCount: named.has('shard_count') ? Number(named.get('shard_count')) : undefined,
      });
    } else plan.unreadable.push(statement);
  }
  return plan;
}

interface Column {
  readonly type: number;
  readonly collation: number;
  readonly typeName: string;
}

interface UniqueKey {
  readonly table: string;
  readonly name: string;
  readonly columns: readonly string[];
}

interface ForeignKey {
  readonly table: string;
  readonly name: string;
  readonly columns: readonly string[];
  readonly target: string;
  readonly targetColumns: readonly string[];
}

interface Catalog {
  readonly tables: Set<string>;
  readonly columns: Map<string, Map<string, Column>>;
  readonly uniqueKeys: UniqueKey[];
  readonly foreignKeys: ForeignKey[];
}

/** Every ordinary or partitioned table outside PostgreSQL's own schemas (partitions follow their parent). */
const USER_TABLES = `c.relkind in ('r', 'p') and not c.relispartition
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`;

async function readCatalog(database: TestDatabase): Promise<Catalog> {
  const { pool } = database;
  const tables = await pool.query<{ name: string }>(
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where ${USER_TABLES}`,
  );
  const columns = await pool.query<{
    name: string;
    column: string;
    type: number;
    collation: number;
    type_name: string;
  }>(
    `select n.nspname || '.' || c.relname as name, a.attname as column, a.atttypid::int as type,
            a.attcollation::int as collation, format_type(a.atttypid, a.atttypmod) as type_name
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where ${USER_TABLES} and a.attnum > 0 and not a.attisdropped`,
  );
  // Key columns only (not INCLUDE columns); an expression in a key is no column at all.
  const uniqueKeys = await pool.query<{ name: string; key: string; columns: string[] }>(
    `select n.nspname || '.' || c.relname as name, i.relname as key,
            array(select a.attname from unnest(x.indkey::int2[]) with ordinality k(attnum, ord)
                    join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum
                   where k.ord <= x.indnkeyatts order by k.ord)::text[] as columns
       from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
       join pg_namespace n on n.oid = c.relnamespace
      where ${USER_TABLES} and x.indisunique`,
  );
  const foreignKeys = await pool.query<{
    name: string;
    key: string;
    columns: string[];
    target: string;
    target_columns: string[];
  }>(
    `select n.nspname || '.' || c.relname as name, f.conname as key,
            array(select a.attname from unnest(f.conkey) with ordinality k(attnum, ord)
                    join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.attnum order by k.ord)::text[]
              as columns,
            tn.nspname || '.' || t.relname as target,
            array(select a.attname from unnest(f.confkey) with ordinality k(attnum, ord)
                    join pg_attribute a on a.attrelid = f.confrelid and a.attnum = k.attnum order by k.ord)::text[]
              as target_columns
       from pg_constraint f join pg_class c on c.oid = f.conrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_class t on t.oid = f.confrelid join pg_namespace tn on tn.oid = t.relnamespace
      where ${USER_TABLES} and f.contype = 'f'`,
  );
  const byTable = new Map<string, Map<string, Column>>();
  for (const row of columns.rows) {
    const table = byTable.get(row.name) ?? new Map<string, Column>();
    table.set(row.column, { type: row.type, collation: row.collation, typeName: row.type_name });
    byTable.set(row.name, table);
  }
  return {
    tables: new Set(tables.rows.map((row) => row.name)),
    columns: byTable,
    uniqueKeys: uniqueKeys.rows.map((row) => ({ table: row.name, name: row.key, columns: row.columns })),
    foreignKeys: foreignKeys.rows.map((row) => ({
      table: row.name,
      name: row.key,
      columns: row.columns,
      target: row.target,
      targetColumns: row.target_columns,
    })),
  };
}

/** Every table placed exactly once, and only tables the migrations create. */
function placementProblems(plan: Plan, catalog: Catalog): string[] {
  const problems = plan.unreadable.map((entry) => `not in the plan's formats: ${entry}`);
  const placements = new Map<string, string[]>();
  const place = (table: string, how: string) => placements.set(table, [...(placements.get(table) ?? []), how]);
  for (const entry of plan.distributed) place(entry.table, `distributed by ${entry.column}`);
  for (const table of plan.reference) place(table, 'reference');
  for (const table of plan.local) place(table, 'local');
  for (const table of [...catalog.tables].sort())
    if (!placements.has(table)) problems.push(`${table} is not placed (distributed, reference or local)`);
  for (const [table, ways] of placements) {
    if (!catalog.tables.has(table)) problems.push(`${table} is placed but no migration creates it`);
    if (ways.length > 1) problems.push(`${table} is placed ${ways.length} times: ${ways.join(', ')}`);
  }
  return problems;
}

/** The co-location group of each distributed table: the table that started it (colocate_with => 'none'). */
function groupsOf(plan: Plan): { anchors: Map<string, string>; problems: string[] } {
  const anchors = new Map<string, string>();
  const problems: string[] = [];
  for (const entry of plan.distributed) {
    if (entry.colocateWith === 'none') anchors.set(entry.table, entry.table);
    else if (entry.colocateWith === undefined)
      problems.push(`${entry.table}: colocate_with is not given (the default co-locates by type alone)`);
    else if (!anchors.has(entry.colocateWith))
      problems.push(`${entry.table}: colocate_with => '${entry.colocateWith}' is no table distributed before it`);
    else anchors.set(entry.table, anchors.get(entry.colocateWith)!);
    if (entry.colocateWith !== 'none' && entry.shardCount !== undefined)
      problems.push(`${entry.table}: shard_count is set by the first table of a group only`);
  }
  return { anchors, problems };
}

/** Distribution columns that exist, of the same type and collation as their group's first table's. */
function columnProblems(plan: Plan, catalog: Catalog): string[] {
  const { anchors, problems } = groupsOf(plan);
  const columnOf = (table: string) => {
    const entry = plan.distributed.find((e) => e.table === table);
    return entry && catalog.columns.get(table)?.get(entry.column);
  };
  for (const entry of plan.distributed) {
    const column = catalog.columns.get(entry.table)?.get(entry.column);
    if (!column) {
      problems.push(`${entry.table}: distribution column ${entry.column} does not exist`);
      continue;
    }
    const anchor = anchors.get(entry.table);
    const anchorColumn = anchor && columnOf(anchor);
    if (!anchor || !anchorColumn || anchor === entry.table) continue;
    if (anchorColumn.type !== column.type)
      problems.push(
        `${entry.table}.${entry.column} (${column.typeName}) cannot be co-located with ${anchor} ` +
          `(${anchorColumn.typeName})`,
      );
    else if (anchorColumn.collation !== column.collation)
      problems.push(`${entry.table}.${entry.column} cannot be co-located with ${anchor}: its collation differs`);
  }
  return problems;
}

/**
 * Keys as Citus needs them: a distributed table's primary and unique keys include its distribution column; a
 * foreign key goes from a distributed table to a reference table, or between co-located tables on their
 * distribution columns, or between two reference tables or two local tables. Each key that does not is in the
 * plan's key changes (with a new key that does, or dropped), and each key change names a key that needs it.
 */
function keyProblems(plan: Plan, catalog: Catalog): string[] {
  const problems: string[] = [];
  const { anchors } = groupsOf(plan);
  const distributed = new Map(plan.distributed.map((entry) => [entry.table, entry.column]));
  const kind = (table: string) =>
    distributed.has(table)
      ? 'distributed'
      : plan.reference.includes(table)
        ? 'reference'
        : plan.local.includes(table)
          ? 'local'
          : undefined;
  const changes = new Map(plan.keyChanges.map((change) => [`${change.table} ${change.key}`, change]));
  const needed = new Set<string>();
  for (const key of catalog.uniqueKeys) {
    const column = distributed.get(key.table);
    if (column === undefined || key.columns.includes(column)) continue;
    const name = `${key.table} ${key.name}`;
    needed.add(name);
    const change = changes.get(name);
    if (!change)
      problems.push(`${key.table}: key ${key.name} (${key.columns.join(', ')}) lacks distribution column ${column}`);
    else if (change.change !== 'drop' && !change.change.includes(column))
      problems.push(`${key.table}: the key change of ${key.name} still lacks distribution column ${column}`);
  }
  for (const key of catalog.foreignKeys) {
    const from = kind(key.table);
    const to = kind(key.target);
    if (from === undefined || to === undefined) continue; // reported as not placed
    const fromColumn = distributed.get(key.table);
    const toColumn = distributed.get(key.target);
    const coLocated =
      from === 'distributed' &&
      to === 'distributed' &&
      anchors.get(key.table) === anchors.get(key.target) &&
      key.columns.some((column, i) => column === fromColumn && key.targetColumns[i] === toColumn);
    const accepted =
      (from === 'distributed' && to === 'reference') || (from === to && from !== 'distributed') || coLocated;
    if (accepted) continue;
    const name = `${key.table} ${key.name}`;
    needed.add(name);
    const change = changes.get(name);
    if (!change)
      problems.push(`${key.table}: foreign key ${key.name} from a ${from} table to ${to} ${key.target} is not kept`);
    else if (change.change !== 'drop')
      problems.push(`${key.table}: foreign key ${key.name} to ${key.target} cannot be kept: its change is 'drop'`);
  }
  for (const name of changes.keys())
    if (!needed.has(name)) problems.push(`key change ${name}: no such key needs changing under this plan`);
  return problems;
}

let database: TestDatabase;
let catalog: Catalog;
const planText = readFileSync(PLAN_FILE, 'utf8');

beforeAll(async () => {
  database = await createTestDatabase('citus_plan');
  catalog = await readCatalog(database);
});

afterAll(async () => {
  await database?.drop();
});

describe('the Citus plan (deploy/citus/distribute.sql)', () => {
  it('is read whole: entries of each kind, nothing in a format it does not know', () => {
    const plan = parsePlan(planText);
    expect(plan.unreadable).toEqual([]);
    expect(plan.distributed.length).toBeGreaterThan(0);
    expect(plan.reference.length).toBeGreaterThan(0);
    expect(plan.local.length).toBeGreaterThan(0);
    expect(plan.keyChanges.length).toBeGreaterThan(0);
    expect(catalog.tables.size).toBeGreaterThan(40);
  });

  it('places every table of a migrated database exactly once, and names no table that does not exist', () => {
    expect(placementProblems(parsePlan(planText), catalog)).toEqual([]);
  });

  it('distributes by columns that exist, of one type and collation within each co-location group', () => {
    expect(columnProblems(parsePlan(planText), catalog)).toEqual([]);
  });

  it('distributes every person table by the NIK in one group with the citizens', () => {
    const plan = parsePlan(planText);
    const { anchors } = groupsOf(plan);
    const personTables = plan.distributed.filter((entry) => /(^|_)nik$/.test(entry.column));
    expect(personTables.length).toBeGreaterThan(10);
    for (const entry of personTables)
      expect([entry.table, anchors.get(entry.table)]).toEqual([entry.table, 'population.citizen']);
  });

  it('keeps keys Citus accepts, or lists the change each needs, and no change that is not needed', () => {
    expect(keyProblems(parsePlan(planText), catalog)).toEqual([]);
  });

  it('catches a table missing, placed twice or unknown, a missing key change and a line out of format', () => {
    const without = (line: string) => {
      expect(planText).toContain(`${line}\n`);
      return planText.replace(`${line}\n`, '');
    };
    const missingReference = parsePlan(without(`SELECT create_reference_table('tax.tax_office');`));
    expect(placementProblems(missingReference, catalog)).toEqual([
      'tax.tax_office is not placed (distributed, reference or local)',
    ]);
    const missingLocal = parsePlan(
      without(planText.split('\n').find((l) => l.startsWith('-- local audit.log_head:'))!),
    );
    expect(placementProblems(missingLocal, catalog)).toEqual([
      'audit.log_head is not placed (distributed, reference or local)',
    ]);
    const twiceAndUnknown = parsePlan(
      `${planText}SELECT create_reference_table('population.citizen');\n-- local audit.no_such_table: a test\n`,
    );
    expect(placementProblems(twiceAndUnknown, catalog)).toEqual([
      'population.citizen is placed 2 times: distributed by nik, reference',
      'audit.no_such_table is placed but no migration creates it',
    ]);
    const missingKeyChange = parsePlan(
      without(
        planText.split('\n').find((l) => l.startsWith('-- key-change consent.consent_event consent_event_pkey'))!,
      ),
    );
    expect(keyProblems(missingKeyChange, catalog)).toEqual([
      'consent.consent_event: key consent_event_pkey (id) lacks distribution column nik',
    ]);
    const familyKey = planText.split('\n').find((l) => l.includes(' citizen_family_kk_foreign -> drop:'))!;
    expect(keyProblems(parsePlan(without(familyKey)), catalog)).toEqual([
      'population.citizen: foreign key citizen_family_kk_foreign from a distributed table to distributed ' +
        'population.family is not kept',
    ]);
    const projection = `SELECT create_distributed_table('insights.person', 'person_key', colocate_with => 'none',`;
    const projectionLine = planText.split('\n').find((l) => l.startsWith(projection))!;
    const mixedTypes = parsePlan(
      planText.replace(
        projectionLine,
        `SELECT create_distributed_table('insights.person', 'person_key', colocate_with => 'population.citizen');`,
      ),
    );
    expect(columnProblems(mixedTypes, catalog)).toEqual([
      'insights.person.person_key (character(64)) cannot be co-located with population.citizen ' +
        '(character varying(16))',
    ]);
    const outOfFormat = parsePlan(`${planText}-- local audit.access_event because it is the log\n`);
    expect(outOfFormat.unreadable).toEqual(['-- local audit.access_event because it is the log']);
  });
});
