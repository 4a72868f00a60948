import { join } from 'node:path';

/** The composed supergraph (`npm run compose` writes it; a test fails when it is stale). */
export const SUPERGRAPH_PATH = join(__dirname, 'supergraph.graphql');

/**
 * The API schema: the supergraph's public schema, what a frontend team sees (no join__ or link__ machinery, no
 * @inaccessible elements), generated with the supergraph; a test fails when it is stale.
 */
export const API_SCHEMA_PATH = join(__dirname, 'api.graphql');
