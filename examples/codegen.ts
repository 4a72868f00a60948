// GraphQL Code Generator configuration (`npm run codegen`): the client preset turns the API schema and the example
// operations into typed documents in examples/generated/, which a test keeps in step (tests/unit/codegen.test.ts).
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The configuration writing into `outDir` (a folder path ending in `/`, relative to the repository root). */
export function codegenConfig(outDir = 'examples/generated/'): CodegenConfig {
  return {
    schema: 'schema/api.graphql',
    documents: 'examples/operations/*.graphql',
    ignoreNoDocuments: false,
    generates: {
      [outDir]: {
        preset: 'client',
        // persisted-documents.json (SHA-256 to text): the manifest a steward registers for the app (trusted documents).
        presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          onlyOperationTypes: true,
          strictScalars: true,
          // The API schema's custom scalars, as they travel in JSON.
          scalars: {
            DateTimeISO: 'string',
            JSONObject: 'Record<string, unknown>',
            KK: 'string',
            NIK: 'string',
            NPWP: 'string',
          },
        },
      },
    },
  };
}

export default codegenConfig();
