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

  it('refuses a document with too many tokens at parse time', async () => {
    const huge = `{ citizen(nik: "${NIK}") { ${Array.from({ length: 4100 }, () => 'fullName').join(' ')} } }`;
    const { status, body } = await stack.post(huge);
    expect(status).toBe(400);
    expect(body.errors![0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors![0].message).toMatch(/Document contains more tha[nt] 4000 tokens/);
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
