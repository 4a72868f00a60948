import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The folders' layers, written down once: which top folder may import from which. Dependencies flow one way
// (schema <- hub, auth <- policy <- subgraphs, gateway <- app); only app/ wires parts together, and nothing
// imports from it but tests/ and bench/. A new backward import fails here with the file and the import.
const LAYERS: Readonly<Record<string, readonly string[]>> = {
  schema: [],
  hub: ['schema'],
  auth: ['schema'],
  policy: ['schema', 'hub', 'auth'],
  subgraphs: ['schema', 'hub', 'auth', 'policy'],
  gateway: ['schema', 'hub', 'auth', 'policy'],
  seeds: ['schema', 'hub'],
  connectors: ['schema', 'hub', 'policy', 'seeds', 'subgraphs'],
  app: ['schema', 'hub', 'auth', 'policy', 'subgraphs', 'gateway', 'seeds', 'connectors'],
};
/** Folders outside the layers: they may import anything, and nothing imports them (web/ is the browser app). */
const OUTSIDE = ['tests', 'bench', 'examples', 'web'];
const ROOT = resolve(__dirname, '../..');
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import in the layered folders: importing file, imported path (from the root), top folders. */
function imports() {
  return Object.keys(LAYERS).flatMap((folder) =>
    sources(folder).flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)].map((match) => {
        const target = relative(ROOT, resolve(ROOT, dirname(file), match[1]));
        return { file, target, from: folder, to: target.split('/')[0] };
      }),
    ),
  );
}

describe('layers', () => {
  it('has every top folder with code in a layer', () => {
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules' && entry.name !== 'dist',
      )
      .map((entry) => entry.name)
      .filter((name) => sources(name).length > 0);
    expect(folders.filter((name) => !(name in LAYERS) && !OUTSIDE.includes(name))).toEqual([]);
  });

  it('imports only from the layers below', () => {
    const backward = imports()
      .filter(({ from, to }) => from !== to && !LAYERS[from].includes(to))
      .map(({ file, target }) => `${file} imports ${target}`);
    expect(backward).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const arrows = new Map<string, Set<string>>();
    for (const { from, to } of imports()) if (from !== to) arrows.set(from, (arrows.get(from) ?? new Set()).add(to));
    const cycles: string[] = [];
    const visit = (folder: string, path: string[]) => {
      for (const next of arrows.get(folder) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
        else visit(next, [...path, next]);
      }
    };
    for (const folder of arrows.keys()) visit(folder, [folder]);
    expect(cycles).toEqual([]);
  });

  it('keeps subgraphs apart: one imports another only through the shared host', () => {
    const crossing = imports()
      .filter(({ file, to }) => file.startsWith('subgraphs/') && to === 'subgraphs')
      .filter(({ file, target }) => {
        const own = file.split('/')[1];
        const other = target.split('/')[1];
        return own !== other && other !== 'host';
      })
      .map(({ file, target }) => `${file} imports ${target}`);
    expect(crossing).toEqual([]);
  });
});
