import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import YAML from 'yaml';
import { SUPERGRAPH_PATH } from '../schema/supergraph';
import { fieldIndex } from './field-index';
import { SUBGRAPHS } from './subgraphs';

const ROOT = resolve(__dirname, '..');
export const ROVER_CONFIG = join(ROOT, 'rover.yaml');
/** The personal-data field index (app/field-index.ts), generated with the schemas; a test fails when it is stale. */
export const FIELD_INDEX_PATH = join(ROOT, 'schema', 'FIELDS.md');

interface RoverConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export interface Composition {
  subgraphs: { name: string; path: string; sdl: string }[];
  supergraph: string;
}

export class CompositionError extends Error {}

/**
 * Prints each subgraph's SDL from its type-graphql build and composes the supergraph with @apollo/composition
 * (the library Rover itself runs), reading subgraph names, files and routing URLs from rover.yaml.
 * Pure: writes nothing.
 */
export async function composeSupergraph(configPath = ROVER_CONFIG): Promise<Composition> {
  const config = YAML.parse(readFileSync(configPath, 'utf8')) as RoverConfig;
  const subgraphs: Composition['subgraphs'] = [];
  for (const [name, entry] of Object.entries(config.subgraphs)) {
    const definition = SUBGRAPHS.find((subgraph) => subgraph.name === name);
    if (!definition)
      throw new CompositionError(`rover.yaml names subgraph "${name}", which app/subgraphs.ts does not list`);
    subgraphs.push({
      name,
      path: resolve(dirname(configPath), entry.schema.file),
      sdl: `${printSubgraphSchema(await definition.buildSchema())}\n`,
    });
  }
  const result = composeServices(
    subgraphs.map(({ name, sdl }) => ({ name, url: config.subgraphs[name].routing_url, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new CompositionError(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return { subgraphs, supergraph: `${result.supergraphSdl}\n` };
}

async function main(): Promise<void> {
  const composition = await composeSupergraph();
  for (const { name, path, sdl } of composition.subgraphs) {
    writeFileSync(path, sdl);
    process.stdout.write(`wrote ${name} subgraph schema: ${path.slice(ROOT.length + 1)}\n`);
  }
  writeFileSync(SUPERGRAPH_PATH, composition.supergraph);
  process.stdout.write(`wrote supergraph: ${SUPERGRAPH_PATH.slice(ROOT.length + 1)}\n`);
  writeFileSync(FIELD_INDEX_PATH, await fieldIndex());
  process.stdout.write(`wrote field index: ${FIELD_INDEX_PATH.slice(ROOT.length + 1)}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
