import type { Role } from '../../auth/caller';
import { SCOPES } from '../../schema/scopes';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { FAMILY_OF_SIX, insertFixtures } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// Roles that may never read personal data are refused at the gateway, before planning.
let database: TestDatabase;
let stack: Stack;
const NIK = FAMILY_OF_SIX.members[0].nik;

beforeAll(async () => {
  database = await createTestDatabase('ceiling');
  await insertFixtures(database.url);
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const as = async (role: Role, query: string, variables?: Record<string, unknown>) =>
  stack.post(query, variables, { authorization: `Bearer ${await stack.token(role, role === 'citizen' ? { nik: NIK } : {})}` });

const PERSONAL: readonly [string, string][] = [
  ['a profile', `{ citizen(nik: "${NIK}") { fullName } }`],
  ['a bulk lookup', `{ citizens(niks: ["${NIK}"]) { nik } }`],
  ['a family card', `{ family(kk: "${FAMILY_OF_SIX.kk}") { kk } }`],
  ['tax compliance', `{ taxCompliance(nik: "${NIK}") { status } }`],
  ['a field hidden in a fragment', `{ citizen(nik: "${NIK}") { ...H } } fragment H on Citizen { bpjsMembership { status } }`],
];

describe.each(['planner', 'steward'] as Role[])('the %s role', (role) => {
  it.each(PERSONAL)('is refused %s with 403 FORBIDDEN, and no subgraph is called', async (_what, query) => {
    const before = stack.requests('population') + stack.requests('tax') + stack.requests('health');
    const { status, body } = await as(role, query);
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(body.errors![0].message).toMatch(new RegExp(`^The ${role} role may not read personal data \\(`));
    expect(stack.requests('population') + stack.requests('tax') + stack.requests('health')).toBe(before);
  });

  it('may still send operations without personal data', async () => {
    const { status, body } = await as(role, '{ __typename }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ __typename: 'Query' });
  });
});

describe.each(['citizen', 'officer', 'auditor'] as Role[])('the %s role', (role) => {
  it('passes the ceiling (per-citizen decisions are made where the data is released)', async () => {
    const { status, body } = await as(role, `{ citizen(nik: "${NIK}") { fullName } }`);
    expect(status).toBe(200);
    expect(body.data.citizen.fullName).toBe(FAMILY_OF_SIX.members[0].fullName);
  });
});

it('names every refused scope, and only scopes from the catalogue', async () => {
  const { body } = await as('planner', `{ citizen(nik: "${NIK}") { fullName address { rt } taxProfile { status } } }`);
  expect(body.errors![0].extensions?.reason).toBe('scopes outside the planner role: population.address, population.identity, tax.profile');
  for (const scope of ['population.address', 'population.identity', 'tax.profile']) expect(SCOPES).toHaveProperty([scope]);
});
