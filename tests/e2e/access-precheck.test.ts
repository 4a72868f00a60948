import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import type { Role } from '../../auth/caller';
import { SUPERGRAPH_PATH } from '../../schema/supergraph';
import { sensitiveFields } from '../../gateway/plugins/access-precheck';
import { withinCeiling } from '../../policy/role-ceiling';
import { LegalBasis } from '../../schema/legal-bases';
import { SCOPES } from '../../schema/scopes';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { FAMILY_OF_SIX, insertAccessRule, insertFixtures } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// What a caller could never be given is refused at the gateway, before planning: no subgraph is called.
let database: TestDatabase;
let stack: Stack;
const NIK = FAMILY_OF_SIX.members[0].nik;

beforeAll(async () => {
  database = await createTestDatabase('precheck');
  await insertFixtures(database.url);
  // A rule that covers only tax data, for a client of its own.
  await insertAccessRule(database.url, {
    clientId: 'tax-desk',
    purpose: 'TAX_ADMINISTRATION',
    scopes: ['population.identity', 'tax.profile'],
    legalBasis: LegalBasis.LEGAL_OBLIGATION,
  });
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const as = async (role: Role, query: string, options: { client?: string; purpose?: string } = {}) =>
  stack.post(query, undefined, {
    authorization: `Bearer ${await stack.token(role, { ...(role === 'citizen' ? { nik: NIK } : {}), ...options })}`,
  });

const subgraphCalls = () =>
  ['population', 'regsosek', 'tax', 'health', 'licensing', 'consent'].reduce(
    (sum, name) => sum + stack.requests(name),
    0,
  );

const PERSONAL: readonly [string, string][] = [
  ['a profile', `{ citizen(nik: "${NIK}") { fullName } }`],
  ['a bulk lookup', `{ citizens(niks: ["${NIK}"]) { nik } }`],
  ['a family card', `{ family(kk: "${FAMILY_OF_SIX.kk}") { kk } }`],
  ['tax compliance', `{ taxCompliance(nik: "${NIK}") { status } }`],
  [
    'a field hidden in a fragment',
    `{ citizen(nik: "${NIK}") { ...H } } fragment H on Citizen { bpjsMembership { status } }`,
  ],
  ["a citizen's consents", '{ me { consents { id } } }'],
];

describe.each(['planner', 'steward', 'auditor'] as Role[])('the %s role', (role) => {
  it.each(PERSONAL)('is refused %s with 403 FORBIDDEN, and no subgraph is called', async (_what, query) => {
    const before = subgraphCalls();
    const { status, body } = await as(role, query);
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(body.errors![0].message).toMatch(new RegExp(`^The ${role} role may not read personal data \\(`));
    expect(subgraphCalls()).toBe(before);
  });

  it('may still read what holds no personal data: the purpose catalogue', async () => {
    const { status, body } = await as(role, '{ purposes { code } }');
    expect(status).toBe(200);
    expect(body.data.purposes.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['LICENSE_APPLICATION', 'TAX_ADMINISTRATION']),
    );
  });
});

/** A literal any argument of this type accepts (a well-formed NIK for NIK, the first value of an enum, ...). */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  const samples: Record<string, string> = {
    NIK: `"${NIK}"`,
    KK: `"${FAMILY_OF_SIX.kk}"`,
    NPWP: `"${NIK}"`,
    Int: '1',
    Boolean: 'true',
    ID: '"00000000-0000-4000-8000-000000000000"',
    DateTimeISO: '"2026-12-01T00:00:00Z"',
  };
  return samples[getNamedType(type).name] ?? '"x"';
}

it('refuses a planner every root field of the supergraph that releases personal data, generated from the schema', async () => {
  const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  const scoped = sensitiveFields(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  const roots = [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const;
  const refused: string[] = [];
  for (const [operation, root] of roots) {
    // Every scoped root field but the planners' own aggregates (insights.aggregate, which names nobody).
    for (const field of Object.values(root.getFields()).filter(
      (f) => scoped.has(`${root.name}.${f.name}`) && !withinCeiling('planner', scoped.get(`${root.name}.${f.name}`)!),
    )) {
      const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${literal(a.type)}`);
      const before = subgraphCalls();
      const { status, body } = await as(
        'planner',
        `${operation} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} { __typename } }`,
      );
      expect([field.name, status, body.errors?.[0]?.extensions?.code, subgraphCalls() - before]).toEqual([
        field.name,
        403,
        'FORBIDDEN',
        0,
      ]);
      refused.push(field.name);
    }
  }
  expect(refused).toEqual(
    expect.arrayContaining([
      'citizen',
      'citizens',
      'family',
      'taxCompliance',
      'bpjsCard',
      'me',
      'grantConsent',
      'applyForLicence',
    ]),
  );
});

it('lets a citizen through to the per-citizen decision', async () => {
  const { status, body } = await as('citizen', `{ citizen(nik: "${NIK}") { fullName } }`);
  expect(status).toBe(200);
  expect(body.data.citizen.fullName).toBe(FAMILY_OF_SIX.members[0].fullName);
});

it('names every refused scope, and only scopes from the catalogue', async () => {
  const { body } = await as('planner', `{ citizen(nik: "${NIK}") { fullName address { rt } taxProfile { status } } }`);
  expect(body.errors![0].extensions?.reason).toBe(
    'scopes outside the planner role: population.address, population.identity, tax.profile',
  );
  for (const scope of ['population.address', 'population.identity', 'tax.profile'])
    expect(SCOPES).toHaveProperty([scope]);
});

describe('an officer', () => {
  const PROFILE = `{ citizen(nik: "${NIK}") { fullName taxProfile { status } bpjsMembership { status } } }`;

  it.each([
    [
      'states no purpose',
      { client: 'test-client' },
      'PURPOSE_NOT_ALLOWED',
      "state the purpose of use (x-purpose header or the token's purpose claim)",
    ],
    [
      'states a purpose outside the catalogue',
      { client: 'test-client', purpose: 'CURIOSITY' },
      'PURPOSE_NOT_ALLOWED',
      'purpose CURIOSITY is not in the catalogue',
    ],
    [
      'comes through an unregistered client',
      { client: 'unknown-app', purpose: 'LICENSE_APPLICATION' },
      'FORBIDDEN',
      'the client is not a registered service',
    ],
    [
      'has no rule for the purpose',
      { client: 'tax-desk', purpose: 'LICENSE_APPLICATION' },
      'PURPOSE_NOT_ALLOWED',
      'no rule lets client tax-desk use personal data for LICENSE_APPLICATION',
    ],
  ])('who %s is refused with 403 before any subgraph is called', async (_what, options, code, reason) => {
    const before = subgraphCalls();
    const { status, body } = await as('officer', PROFILE, options);
    expect(status).toBe(403);
    expect(body.errors).toEqual([{ message: `Not allowed: ${reason}`, extensions: { code, reason } }]);
    expect(subgraphCalls()).toBe(before);
  });

  it('is refused before planning when the rule covers none of the scopes asked for', async () => {
    const before = subgraphCalls();
    const { status, body } = await as('officer', '{ bpjsCard(cardNumber: "0000000000001") { status } }', {
      client: 'tax-desk',
      purpose: 'TAX_ADMINISTRATION',
    });
    expect(status).toBe(403);
    expect(body.errors![0].extensions).toEqual({
      code: 'PURPOSE_NOT_ALLOWED',
      reason: 'the rule for client tax-desk and purpose TAX_ADMINISTRATION covers none of health.coverage',
    });
    expect(subgraphCalls()).toBe(before);
  });

  it('gets what the rule covers, and PURPOSE_NOT_ALLOWED nulls for the rest of the same response', async () => {
    const { status, body } = await as('officer', PROFILE, { client: 'tax-desk', purpose: 'TAX_ADMINISTRATION' });
    expect(status).toBe(200);
    expect(body.data.citizen).toMatchObject({ fullName: FAMILY_OF_SIX.members[0].fullName, bpjsMembership: null });
    expect(body.errors!.map((e) => [e.path!.join('.'), e.extensions!.code])).toEqual([
      ['citizen.bpjsMembership', 'PURPOSE_NOT_ALLOWED'],
    ]);
  });

  it('may state its purpose in the x-purpose header instead of the token', async () => {
    const token = await stack.token('officer', { client: 'tax-desk' });
    const { status, body } = await stack.post(`{ citizen(nik: "${NIK}") { fullName } }`, undefined, {
      authorization: `Bearer ${token}`,
      'x-purpose': 'TAX_ADMINISTRATION',
    });
    expect(status).toBe(200);
    expect(body.data.citizen.fullName).toBe(FAMILY_OF_SIX.members[0].fullName);
  });
});
