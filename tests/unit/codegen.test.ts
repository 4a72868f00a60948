import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { codegenConfig } from '../../examples/codegen';
import { webCodegenConfig } from '../../web/codegen';

const ROOT = resolve(__dirname, '../..');

// examples/generated/ and web/src/generated/ are committed so that a reader sees what `npm run codegen` makes and
// the web app builds from a clean clone; each must match the schema and its operations (codegen also validates
// the operations against schema/api.graphql, so an operation the schema no longer answers fails here).
async function expectFresh(out: string, config: (outDir: string) => CodegenConfig): Promise<string> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  let files: { filename: string; content: string }[];
  try {
    files = await generate({ ...config(out), silent: true }, false);
  } finally {
    process.chdir(cwd);
  }
  expect(files.map((f) => f.filename).sort()).toEqual(
    readdirSync(join(ROOT, out))
      .map((name) => `${out}${name}`)
      .sort(),
  );
  for (const { filename, content } of files) {
    if (readFileSync(join(ROOT, filename), 'utf8') !== content)
      throw new Error(`${filename} is stale: run \`npm run codegen\` and commit the result`);
  }
  return files.find((f) => f.filename.endsWith('graphql.ts'))?.content ?? '';
}

describe('committed typed operations', () => {
  it('examples/generated matches what `npm run codegen` generates', async () => {
    expect(await expectFresh('examples/generated/', codegenConfig)).toContain('export const Citizen360Document');
  }, 15_000);

  it("web/src/generated matches what `npm run codegen` generates from the web app's operations", async () => {
    const generated = await expectFresh('web/src/generated/', webCodegenConfig);
    // Each page's operations typed, as strings (no GraphQL runtime in the browser).
    expect(generated).toContain('export const WebMyDataDocument = new TypedDocumentString(');
    expect(generated).toContain('export type WebRuleDryRunQuery = ');
  }, 15_000);
});
