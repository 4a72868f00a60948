import { readFileSync } from 'node:fs';
import { SUBGRAPHS } from '../../app/subgraphs';
import { composeSupergraph } from '../../app/compose';
import { SUPERGRAPH_PATH } from '../../schema/supergraph';

// The committed subgraph SDL files and supergraph are generated; they must match the code that generates them.
describe('committed schemas', () => {
  let composition: Awaited<ReturnType<typeof composeSupergraph>>;
  beforeAll(async () => {
    composition = await composeSupergraph();
  });

  it('every subgraph schema.graphql matches its type-graphql build', () => {
    for (const { name, path, sdl } of composition.subgraphs) {
      const committed = readFileSync(path, 'utf8');
      if (committed !== sdl) throw new Error(`${path} is stale for subgraph "${name}": run \`npm run compose\` and commit the result`);
    }
    expect(composition.subgraphs.map((s) => s.name)).toEqual(SUBGRAPHS.map((s) => s.name));
  });

  it('schema/supergraph.graphql matches the composition of rover.yaml', () => {
    if (readFileSync(SUPERGRAPH_PATH, 'utf8') !== composition.supergraph) {
      throw new Error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result');
    }
    expect(composition.supergraph).toContain('@join__graph(name: "population", url: "http://127.0.0.1:4001/graphql")');
  });
});
