import { ApolloServer } from '@apollo/server';
import { buildSchema, parse, type ValidationRule } from 'graphql';
import { createOperationAdmission, DEFAULT_OPERATION_LIMITS } from '../../gateway/operation-limits';
import { measureDocument } from '../../gateway/operation-measure';
import { createGraphQLHandler, listen, type Listening } from '../../hub/http';

// The cost measure runs before Apollo sees a request, so before any validation rule; it visits each node of the
// document once, however much the fragments multiply.
const schema = buildSchema(`
  type Query { citizen(nik: String!): Citizen, citizens(niks: [String!]!): [Citizen!]! }
  type Citizen { nik: String!, fullName: String!, family: [Citizen!]! }
`);

/** `fragment F0 { __typename }`, then each fragment spreading the one before twice, then the last spread. */
const doubling = (levels: number) =>
  'fragment F0 on Query { __typename }\n' +
  Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join('\n') +
  `\n{ ...F${levels} }`;

describe('the operation measure', () => {
  it('visits each node of the document once: its work grows with the fragments, not with their expansion', () => {
    const visited = [30, 40, 60].map((levels) => {
      const [measure] = measureDocument(schema, parse(doubling(levels)));
      expect(measure.selections).toBeGreaterThan(2 ** levels);
      return measure.visited;
    });
    // Two spreads per fragment and one selection in F0 and in the operation: 2n + 2 nodes.
    expect(visited).toEqual([62, 82, 122]);
  });

  it('multiplies what is selected below a list argument by its length, and a list field by 10', () => {
    const niks = Array.from({ length: 40 }, (_, i) => String(i));
    const [measure] = measureDocument(
      schema,
      parse('query ($niks: [String!]!) { citizens(niks: $niks) { nik family { fullName } } }'),
      { niks },
    );
    // citizens: 1 + 40 x (nik 1 + family (1 + 10 x fullName 1)) = 1 + 40 x 12
    expect(measure.cost).toBe(481);
    expect(measure.longestList).toBe(40);
  });
});

describe('operation admission in front of Apollo', () => {
  let server: ApolloServer;
  let http: Listening;
  let ruleRuns = 0;
  const counting: ValidationRule = () => {
    ruleRuns += 1;
    return {};
  };

  beforeAll(async () => {
    server = new ApolloServer({
      typeDefs: 'type Query { citizen(nik: String!): String }',
      resolvers: { Query: { citizen: () => 'x' } },
      validationRules: [counting],
    });
    await server.start();
    const admit = createOperationAdmission(() => schema, DEFAULT_OPERATION_LIMITS);
    http = await listen(createGraphQLHandler({ apollo: server, context: async () => ({}), admit }), '127.0.0.1', 0);
  });

  afterAll(async () => {
    await http?.close();
    await server?.stop();
  });

  const post = async (query: string) => {
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors: { extensions: unknown }[] },
    };
  };

  it('refuses a 60-fragment doubling before any validation rule runs, and lets an ordinary operation through', async () => {
    const refused = await post(doubling(60));
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxSelections' });
    expect(ruleRuns).toBe(0);

    const answered = await post('{ citizen(nik: "1") }');
    expect(answered.status).toBe(200);
    expect(answered.body.data).toEqual({ citizen: 'x' });
    expect(ruleRuns).toBe(1);
  });
});
