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
