// GraphQL Code Generator configuration for the web app (`npm run codegen`): every operation the pages send is
// written with `gql` in web/src, checked against the API schema, and typed from it in web/src/generated/ (its
// result and variables), as strings: the browser bundle carries no GraphQL runtime. A test keeps it in step.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { codegenConfig } from '../examples/codegen';

/** The configuration writing into `outDir` (a folder path ending in `/`, relative to the repository root). */
export function webCodegenConfig(outDir = 'web/src/generated/'): CodegenConfig {
  const example = Object.values(codegenConfig().generates)[0] as { config: Record<string, unknown> };
  return {
    schema: 'schema/api.graphql',
    documents: ['web/src/**/*.{ts,tsx}', '!web/src/generated/**'],
    ignoreNoDocuments: false,
    generates: {
      [outDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
        // Nullable fields as `T | null` (the JSON the hub sends), not optional keys.
        config: { ...example.config, documentMode: 'string', avoidOptionals: { field: true }, skipTypename: true },
      },
    },
  };
}

export default webCodegenConfig();
