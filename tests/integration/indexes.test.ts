import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PoolClient } from 'pg';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// Every statement the subgraphs send for the README's Citizen 360 profile and for a hundred profiles, explained
// by PostgreSQL with sequential scans priced out of reach: any table read without an index shows as a Seq Scan.
// A lookup that cannot use its index (a cast on the NIK column, say) is thousands of times slower at scale.
let database: TestDatabase;
let stack: Stack;
let niks: string[];
const SUBGRAPHS = ['population', 'regsosek', 'tax', 'health', 'licensing'];
/** Tables small enough that reading them whole is the plan at any population (the reference data). */
const WHOLE_TABLES = new Set(['regsosek.programme_rule']);

beforeAll(async () => {
  database = await createTestDatabase('indexes');
  await seedPopulation(database.pool, { citizens: 1_000, seed: 'indexes' });
  niks = await sampleNiks(database.pool, 1);
  niks.push(
    ...(
      await database.pool.query<{ nik: string }>('select nik from population.citizen order by nik limit 99')
    ).rows.map((r) => r.nik),
  );
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

/** The plan's scans, as "Seq Scan on schema.table" or "Index Scan on schema.table". */
async function scans(client: PoolClient, sql: string, bindings: unknown[]): Promise<string[]> {
  let n = 0;
  const numbered = sql.replace(/\?/g, () => `$${(n += 1)}`);
  const { rows } = await client.query(`explain (format json, verbose) ${numbered}`, bindings);
  const found: string[] = [];
  const walk = (node: Record<string, unknown>) => {
    if (typeof node['Node Type'] === 'string' && String(node['Node Type']).includes('Scan') && node['Relation Name'])
      found.push(`${node['Node Type']} on ${node.Schema}.${node['Relation Name']}`);
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk(rows[0]['QUERY PLAN'][0].Plan);
  return found;
}

async function withoutSeqScans<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await database.pool.connect();
  try {
    await client.query('set enable_seqscan = off');
    return await work(client);
  } finally {
    await client.query('reset enable_seqscan');
    client.release();
  }
}

it('reads every table of a profile and of a hundred profiles through an index', async () => {
  const readme = /```graphql\n([\s\S]*?)```/.exec(readFileSync(resolve(__dirname, '../../README.md'), 'utf8'))![1];
  const before = Object.fromEntries(SUBGRAPHS.map((name) => [name, stack.sql(name).length]));
  expect((await stack.post(readme, { nik: niks[0] })).body.errors).toBeUndefined();
  const hundred = await stack.post(
    'query ($n: [NIK!]!) { citizens(niks: $n) { nik fullName welfareDecile taxProfile { npwp } bpjsMembership { ' +
      'status } licences { str { number } } } }',
    { n: niks },
  );
  expect(hundred.body.errors).toBeUndefined();
  const statements = SUBGRAPHS.flatMap((name) => stack.sql(name).slice(before[name]));
  expect(statements.length).toBeGreaterThan(15);
  const unindexed = await withoutSeqScans(async (client) => {
    const found: string[] = [];
    for (const { sql, bindings } of statements) {
      for (const scan of await scans(client, sql, bindings)) {
        if (scan.startsWith('Seq Scan') && !WHOLE_TABLES.has(scan.slice('Seq Scan on '.length)))
          found.push(`${scan}: ${sql}`);
      }
    }
    return found;
  });
  expect(unindexed).toEqual([]);
});

it('would notice a lookup that defeats the index', async () => {
  const found = await withoutSeqScans((client) =>
    scans(client, 'select * from population.citizen where nik::text = ?', [niks[0]]),
  );
  expect(found).toEqual(['Index Scan on population.citizen']);
  const defeated = await withoutSeqScans((client) =>
    scans(client, 'select * from population.citizen where nik::char(20) = ?', [niks[0]]),
  );
  expect(defeated).toEqual(['Seq Scan on population.citizen']);
});
