import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startProcessStack, type ProcessStack } from '../support/process-stack';

// The container image (deploy/Dockerfile) runs what `npm run build` compiles into dist/, with the production
// dependencies alone. Built here by the same command, its parts are run as the image runs them: the compiled
// migrations on an empty database, then every subgraph and the gateway as their own processes from dist/,
// the gateway routed to them by <NAME>_ROUTING_URL as in containers.
const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const run = promisify(execFile);

let compiled: TestDatabase;
let fromSources: TestDatabase;
let stack: ProcessStack;

beforeAll(async () => {
  await run('npm', ['run', '-s', 'build'], { cwd: ROOT });
  compiled = await createTestDatabase('built_image', {
    migrateWith: async (url) => {
      await run(process.execPath, [join(DIST, 'app', 'migrate.js')], {
        cwd: DIST,
        env: { ...process.env, DATABASE_URL: url },
      });
    },
  });
  fromSources = await createTestDatabase('built_image_sources');
  await seedPopulation(compiled.pool, { citizens: 60, seed: 'built-image' });
  stack = await startProcessStack(compiled.url, { compiled: DIST });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  await compiled?.drop();
  await fromSources?.drop();
});

/** Every file under `dir` whose name ends with `.js`. */
function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

async function tables(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `select table_schema || '.' || table_name || '(' || string_agg(column_name || ' ' || data_type, ', '
              order by column_name) || ')' as name
       from information_schema.columns
      where table_schema not in ('pg_catalog', 'information_schema')
      group by table_schema, table_name
      order by 1`,
  );
  return rows.map((row) => row.name);
}

it('needs nothing at run time that the image leaves out (development dependencies)', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const required = new Set<string>();
  const files = scripts(join(DIST, 'app')).concat(
    ...['auth', 'connectors', 'gateway', 'hub', 'policy', 'schema', 'seeds', 'subgraphs'].map((d) =>
      scripts(join(DIST, d)),
    ),
  );
  for (const file of files)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/require\("([^"]+)"\)/g))
      if (!specifier.startsWith('.') && !specifier.startsWith('node:') && !builtinModules.includes(specifier))
        required.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
  expect(files.length).toBeGreaterThan(100);
  expect(required.size).toBeGreaterThan(10);
  expect([...required].filter((name) => !(name in manifest.dependencies))).toEqual([]);
});

it('migrates an empty database to the same tables as the sources do', async () => {
  const built = await tables(compiled.pool);
  expect(built.length).toBeGreaterThan(20);
  expect(built).toEqual(await tables(fromSources.pool));
});

it('serves a citizen profile through the compiled gateway and subgraphs, and records the release', async () => {
  const [nik] = await sampleNiks(compiled.pool, 1);
  const citizen = await stack.token('citizen', { nik });
  const answer = await stack.post(
    'query ($n: NIK!) { citizen(nik: $n) { nik fullName welfareDecile bpjsMembership { status } } }',
    { n: nik },
    { authorization: `Bearer ${citizen}` },
  );
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data).toMatchObject({ citizen: { nik, fullName: expect.any(String) } });
  const events = await compiled.pool.query('select count(*)::int as n from audit.access_event where nik = $1', [nik]);
  expect(events.rows[0].n).toBeGreaterThan(0);
  // Every process ran from dist/, none through the TypeScript compiler.
  for (const process of [stack.gateway, ...Object.values(stack.subgraphs)])
    expect(process.child.spawnargs.join(' ')).toMatch(/dist\/app\/(gateway|subgraph)\.js/);
});
