import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from '../../examples/codegen';

const ROOT = resolve(__dirname, '../..');
const OUT = 'examples/generated/';

// examples/generated/ is committed so a reader sees what `npm run codegen` makes; it must match the schema and the
// example operations (codegen also validates the operations against schema/api.graphql).
describe('committed typed operations', () => {
  it('examples/generated matches what `npm run codegen` generates', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    let files: { filename: string; content: string }[];
    try {
      files = await generate({ ...codegenConfig(OUT), silent: true }, false);
    } finally {
      process.chdir(cwd);
    }
    expect(files.map((f) => f.filename).sort()).toEqual(
      readdirSync(join(ROOT, OUT))
        .map((name) => `${OUT}${name}`)
        .sort(),
    );
    for (const { filename, content } of files) {
      if (readFileSync(join(ROOT, filename), 'utf8') !== content)
        throw new Error(`${filename} is stale: run \`npm run codegen\` and commit the result`);
    }
    expect(files.find((f) => f.filename.endsWith('graphql.ts'))?.content).toContain('export const Citizen360Document');
  }, 15_000);
});
