import { join } from 'node:path';

/** The composed supergraph (`npm run compose` writes it; a test fails when it is stale). */
export const SUPERGRAPH_PATH = join(__dirname, 'supergraph.graphql');
