import { createTestDatabase, type TestDatabase } from '../support/database';
import { FAMILY_OF_SIX, insertFixtures } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// What the gateway refuses before planning: operations too deep, too wide, too long, batched or cross-site.
let database: TestDatabase;
let stack: Stack;
const NIK = FAMILY_OF_SIX.members[0].nik;

beforeAll(async () => {
  database = await createTestDatabase('limits');
  await insertFixtures(database.url);
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

async function refused(query: string, limit: string, message: string, variables?: Record<string, unknown>) {
  const before = stack.requests('population');
  const { status, body } = await stack.post(query, variables);
  expect(status).toBe(400);
  expect(body.errors).toEqual([{ message, extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit } }]);
  expect(stack.requests('population')).toBe(before);
}

describe('operation limits at the gateway', () => {
  it('answers the Citizen 360 shape and 30 aliased profiles', async () => {
    const aliased = Array.from({ length: 30 }, (_, i) => `p${i}: citizen(nik: "${NIK}") { fullName }`).join('\n');
    const { status, body } = await stack.post(`{ ${aliased} }`);
    expect(status).toBe(200);
    expect(Object.keys(body.data)).toHaveLength(30);
  });

  it('refuses an operation nested too deep, even through fragments', async () => {
    // citizen > (family > members > citizen) x 4 > fullName: 14 levels, the nesting inside a fragment.
    const chain = 'family { members { citizen { '.repeat(4) + 'fullName' + ' } } }'.repeat(4);
    const deep = `query ($nik: NIK!) { citizen(nik: $nik) { ...F } } fragment F on Citizen { ${chain} }`;
    await refused(deep, 'maxDepth', 'the operation is 14 levels deep; at most 12 are allowed', { nik: NIK });
  });

  it('refuses too many aliases or root fields', async () => {
    const nested = Array.from({ length: 31 }, (_, i) => `n${i}: fullName`).join(' ');
    await refused(
      `{ citizen(nik: "${NIK}") { ${nested} } }`,
      'maxAliases',
      'the operation has 31 aliases; at most 30 are allowed',
    );
    const roots = Array.from({ length: 31 }, () => `citizen(nik: "${NIK}") { fullName }`).join(' ');
    await refused(`{ ${roots} }`, 'maxRootFields', 'the operation has 31 root fields; at most 30 are allowed');
  });

  it('refuses a document over its size in bytes or tokens, before parsing it in full', async () => {
    const long = `{ citizen(nik: "${NIK}") { ${'fullName '.repeat(4_000)} } }`;
    const bytes = Buffer.byteLength(long).toLocaleString('en-US');
    await refused(long, 'maxDocumentBytes', `the operation document has ${bytes} bytes; at most 32,768 are allowed`);
    const many = `{ citizen(nik: "${NIK}") { ${'a '.repeat(4_100)} } }`;
    await refused(many, 'maxTokens', 'the operation document has more than 4,000 tokens; at most 4,000 are allowed');
  });

  it('refuses, in one linear pass, fragments that double the work at every level, and stays responsive', async () => {
    const doubling = (levels: number, on: string) =>
      `fragment F0 on ${on} { __typename }\n` +
      Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on ${on} { ...F${i} ...F${i} }`).join('\n') +
      (on === 'Query' ? `\n{ ...F${levels} }` : `\n{ citizen(nik: "${NIK}") { ...F${levels} } }`);
    for (const [levels, on] of [
      [30, 'Query'],
      [40, 'Citizen'],
      [60, 'Citizen'],
    ] as const) {
      const pending = stack.post(doubling(levels, on));
      // The process answers other requests meanwhile.
      expect((await fetch(new URL('/healthz', stack.gatewayUrl))).status).toBe(200);
      const { status, body } = await pending;
      expect(status).toBe(400);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxSelections' });
      expect(body.errors![0].message).toMatch(
        /^the operation has (more than )?[0-9,]+ selections with its fragments expanded; at most 5,000 are allowed$/,
      );
    }
  });

  it('refuses what costs too much: 30 aliases of 100 people with their families and households', async () => {
    const niks = Array.from({ length: 100 }, () => NIK);
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: citizens(niks: $niks) { nik family { members { citizen { household { members { nik } } } } } }`,
    ).join(' ');
    const before = stack.requests('population');
    const { status, body } = await stack.post(`query ($niks: [NIK!]!) { ${aliases} }`, { niks });
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxCost' });
    expect(body.errors![0].message).toMatch(/^the operation's estimated cost is [0-9,]+; at most 50,000 is allowed$/);
    expect(stack.requests('population')).toBe(before);
  });

  it('refuses a field repeated hundreds of times and a pile of directives, each with one error', async () => {
    await refused(
      `{ ${'__typename '.repeat(500)} }`,
      'maxRepeatedFields',
      'a field or fragment appears 500 times in one selection; at most 3 are allowed',
    );
    await refused(
      `{ __typename ${'@aa'.repeat(25)} }`,
      'maxDirectives',
      'the operation has 25 directives; at most 20 are allowed',
    );
    // Under the limit, unknown directives are validation errors, reported up to five.
    const { status, body } = await stack.post(`{ __typename ${'@aa'.repeat(10)} }`);
    expect(status).toBe(400);
    expect(body.errors!.length).toBeLessThanOrEqual(6);
    expect(body.errors!.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });

  it("answers the explorer's introspection, and bounds introspection by its own depth", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const { status, body } = await stack.post(getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
    const circular = `{ __schema { types { ${'fields { type { '.repeat(8)}name${' } }'.repeat(8)} } } }`;
    await refused(circular, 'maxIntrospectionDepth', 'the introspection is 19 levels deep; at most 16 are allowed');
  });

  it("answers the introspection GraphiQL, graphql-codegen and Apollo's tools send, with every option", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    // GraphiQL 3.8 (@graphiql/react's useIntrospectionQuery): its props unset, named IntrospectionQuery, and the
    // same without subscriptionType when the first answer has no data.
    const graphiql = getIntrospectionQuery({ inputValueDeprecation: undefined, schemaDescription: undefined });
    const everything = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const token = await stack.token('citizen', { nik: NIK });
    for (const query of [graphiql, graphiql.replace('subscriptionType { name }', ''), everything]) {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { __schema: { queryType: { name: string }; types: unknown[] } } };
      expect(body.data.__schema.queryType.name).toBe('Query');
      expect(body.data.__schema.types.length).toBeGreaterThan(50);
    }
  });

  it('does not count introspection in the operation depth, which stays in force for the fields beside it', async () => {
    // 14 levels below __type pass (the introspection depth's own limit is 16); 14 levels of fields do not.
    const ofTypes = (n: number) => `${'ofType { '.repeat(n)}name${' }'.repeat(n)}`;
    const answered = await stack.post(`{ __type(name: "Citizen") { ${ofTypes(12)} } }`);
    expect(answered.status).toBe(200);
    expect(answered.body.data.__type).toEqual({ ofType: null });
    const chain = 'family { members { citizen { '.repeat(4) + 'fullName' + ' } } }'.repeat(4);
    await refused(
      `{ __type(name: "Citizen") { name } citizen(nik: "${NIK}") { ${chain} } }`,
      'maxDepth',
      'the operation is 14 levels deep; at most 12 are allowed',
    );
  });

  it('refuses a hostile introspection by its depth, its size, its aliases or its tokens', async () => {
    const ofTypes = (n: number) => `${'ofType { '.repeat(n)}name${' }'.repeat(n)}`;
    // __type, 20 ofType and name: 22 levels, inline or hidden in fragments.
    await refused(
      `{ __type(name: "Citizen") { ${ofTypes(20)} } }`,
      'maxIntrospectionDepth',
      'the introspection is 22 levels deep; at most 16 are allowed',
    );
    await refused(
      `{ ...Q } fragment Q on Query { __type(name: "Citizen") { ...T } } fragment T on __Type { ${ofTypes(20)} }`,
      'maxIntrospectionDepth',
      'the introspection is 22 levels deep; at most 16 are allowed',
    );
    const doubling =
      'fragment F0 on __Type { name }\n' +
      Array.from({ length: 20 }, (_, i) => `fragment F${i + 1} on __Type { ...F${i} ...F${i} }`).join('\n') +
      '\n{ __schema { types { ...F20 } } }';
    const { status, body } = await stack.post(doubling);
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxSelections' });
    const aliased = Array.from({ length: 31 }, (_, i) => `t${i}: types { name }`).join(' ');
    await refused(`{ __schema { ${aliased} } }`, 'maxAliases', 'the operation has 31 aliases; at most 30 are allowed');
    await refused(
      `{ __schema { types { ${'name '.repeat(4_100)} } } }`,
      'maxTokens',
      'the operation document has more than 4,000 tokens; at most 4,000 are allowed',
    );
  });

  it('refuses batched HTTP operations', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token('officer')}` },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });

  it('refuses a GET without a CSRF-safe header', async () => {
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${await stack.token('officer')}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});
