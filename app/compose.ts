import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import YAML from 'yaml';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH } from '../schema/supergraph';
import { fieldIndex } from './field-index';
import { SUBGRAPHS } from './subgraphs';

const ROOT = resolve(__dirname, '..');
export const ROVER_CONFIG = join(ROOT, 'rover.yaml');
/** The personal-data field index (app/field-index.ts), generated with the schemas; a test fails when it is stale. */
export const FIELD_INDEX_PATH = join(ROOT, 'schema', 'FIELDS.md');
export { API_SCHEMA_PATH };

interface RoverConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export interface Composition {
  subgraphs: { name: string; path: string; sdl: string }[];
  supergraph: string;
  /** The supergraph's API schema, printed by graphql-js with its descriptions, in the order composition gives. */
  apiSchema: string;
}

export class CompositionError extends Error {}

/**
 * Prints each subgraph's SDL from its type-graphql build and composes the supergraph with @apollo/composition
 * (the library Rover itself runs), reading subgraph names, files and routing URLs from rover.yaml, and derives its
 * API schema.
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
  const supergraph = `${result.supergraphSdl}\n`;
  return { subgraphs, supergraph, apiSchema: apiSchemaOf(supergraph) };
}

/** The API schema of a supergraph SDL, as @apollo/gateway derives it, printed with graphql-js. */
export function apiSchemaOf(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema())}\n`;
}

async function main(): Promise<void> {
  const composition = await composeSupergraph();
  for (const { name, path, sdl } of composition.subgraphs) {
    writeFileSync(path, sdl);
    process.stdout.write(`wrote ${name} subgraph schema: ${path.slice(ROOT.length + 1)}\n`);
  }
  writeFileSync(SUPERGRAPH_PATH, composition.supergraph);
  process.stdout.write(`wrote supergraph: ${SUPERGRAPH_PATH.slice(ROOT.length + 1)}\n`);
  writeFileSync(API_SCHEMA_PATH, composition.apiSchema);
  process.stdout.write(`wrote API schema: ${API_SCHEMA_PATH.slice(ROOT.length + 1)}\n`);
  writeFileSync(FIELD_INDEX_PATH, await fieldIndex());
  process.stdout.write(`wrote field index: ${FIELD_INDEX_PATH.slice(ROOT.length + 1)}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
