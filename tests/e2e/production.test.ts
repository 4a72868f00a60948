import { createTestDatabase, type TestDatabase } from '../support/database';
import { FAMILY_OF_SIX, insertFixtures } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// NODE_ENV=production behaviour of the gateway, and what a client sees when a subgraph is down.
let database: TestDatabase;
let stack: Stack;

beforeAll(async () => {
  database = await createTestDatabase('production');
  await insertFixtures(database.url);
  stack = await startStack(database.url, { production: true });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const NIK = FAMILY_OF_SIX.members[0].nik;

describe('gateway in production', () => {
  it('refuses introspection', async () => {
    const { status, body } = await stack.post('{ __schema { types { name } } }');
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives no field suggestions', async () => {
    const { status, body } = await stack.post(`{ citizen(nik: "${NIK}") { fullNam } }`);
    expect(status).toBe(400);
    expect(body.errors![0].message).not.toMatch(/Did you mean/);
    expect(body.errors![0].message).not.toContain('fullName');
  });

  it('serves no explorer', async () => {
    const response = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(await response.text()).not.toContain('GraphiQL');
  });

  it("finds nothing graphql-cop's checks look for", async () => {
    const officer = { authorization: `Bearer ${await stack.token('officer')}` };
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...officer, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    // Alias overloading (101 aliases), field duplication (500 times), directive overloading (10 unknown ones).
    const aliases = await stack.post(`{ ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect([aliases.status, aliases.body.data]).toEqual([400, undefined]);
    const duplicated = await stack.post(`query cop { ${'__typename '.repeat(500)} }`);
    expect([duplicated.status, duplicated.body.data]).toEqual([400, undefined]);
    const directives = await stack.post(`query cop { __typename ${'@aa'.repeat(10)} }`);
    expect(directives.status).toBe(400);
    expect(directives.body.errors!.length).not.toBe(10);
    // Batching, circular introspection.
    expect((await post([{ query: '{ __typename }' }, { query: '{ __typename }' }])).status).toBe(400);
    const circular = await stack.post(
      '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }',
    );
    expect([circular.status, circular.body.data]).toEqual([400, undefined]);
    // A mutation over GET, a GET without a preflight header, a form post: none runs.
    const mutationGet = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { ...officer, 'apollo-require-preflight': 'true' },
    });
    expect(mutationGet.status).toBe(405);
    const plainGet = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: officer,
    });
    expect(plainGet.status).toBe(400);
    const form = await post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBeGreaterThanOrEqual(400);
    // No tracing in answers, and a malformed document answered without a trace of the server's insides.
    const plain = await stack.post('{ __typename }');
    expect(plain.body).toEqual({ data: { __typename: 'Query' } });
    const garbage = await stack.post('qwerty cop { abc }');
    expect(garbage.status).toBe(400);
    expect(garbage.text).not.toMatch(/stack|exception|at \S+ \(/i);
  });

  it('still answers queries', async () => {
    const { body } = await stack.post(`{ citizen(nik: "${NIK}") { fullName } }`);
    expect(body).toEqual({ data: { citizen: { fullName: FAMILY_OF_SIX.members[0].fullName } } });
  });

  it('reports an unreachable subgraph by name, without its URL, a stack trace or a 500', async () => {
    await stack.stopSubgraph('population');
    const { status, body, text } = await stack.post(`{ citizen(nik: "${NIK}") { fullName } }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ citizen: null });
    expect(body.errors![0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'population' });
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain(new URL(stack.subgraphUrls.population).port);
    expect(text).not.toMatch(/stack|ECONNREFUSED/i);
  });
});
