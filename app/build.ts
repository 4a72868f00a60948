import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'dist');

/** What the compiled hub reads from beside its code, at the same places relative to it as in the sources. */
const ASSETS = [
  ...readdirSync(join(ROOT, 'schema'))
    .filter((name) => name.endsWith('.graphql'))
    .map((name) => join('schema', name)),
  'data',
  join('web', 'dist'),
  'package.json',
  'package-lock.json',
];

/**
 * `npm run build`: the hub compiled to JavaScript in `dist/` (TypeScript's own compiler, decorator metadata
 * included), with the files it reads at run time beside it: `node dist/app/main.js`, `node dist/app/gateway.js`,
 * `node dist/app/subgraph.js <name>` and `node dist/app/migrate.js` run as their `.ts` sources do, without a
 * compiler at run time. `npm install --omit=dev` in `dist/` gives the dependencies (the container image does so).
 */
function main(): void {
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html'))) {
    process.stderr.write('The web app is not built: run `npm run build:web` (npm install runs it) first.\n');
    process.exit(1);
  }
  rmSync(OUT, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  for (const asset of ASSETS) cpSync(join(ROOT, asset), join(OUT, asset), { recursive: true });
  process.stdout.write(`Built into ${OUT}\n`);
}

if (require.main === module) main();
