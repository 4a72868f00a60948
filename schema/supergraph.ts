import { join } from 'node:path';

/** The composed supergraph (`npm run compose` writes it; a test fails when it is stale). */
export const SUPERGRAPH_PATH = join(__dirname, 'supergraph.graphql');

/**
 * The API schema: the supergraph's public schema, what a frontend team sees (no join__ or link__ machinery, no
 * @inaccessible elements), generated with the supergraph; a test fails when it is stale.
 */
export const API_SCHEMA_PATH = join(__dirname, 'api.graphql');

/**
 * The supergraph with the routing URL of each subgraph named in `urls` replaced (by subgraph name, as in
 * rover.yaml); the others keep the URL composed into it. A name the supergraph does not have is an error.
 */
export function routeSupergraph(sdl: string, urls: Readonly<Record<string, string>>): string {
  const names = new Set<string>();
  const routed = sdl.replace(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g, (_, name: string, url: string) => {
    names.add(name);
    return `@join__graph(name: "${name}", url: "${urls[name] ?? url}")`;
  });
  const unknown = Object.keys(urls).filter((name) => !names.has(name));
  if (unknown.length > 0)
    throw new Error(`No subgraph named ${unknown.join(', ')} in the supergraph (it has ${[...names].join(', ')})`);
  return routed;
}
