import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import type { Role } from '../../auth/caller';
import { SUPERGRAPH_PATH } from '../../schema/supergraph';
import { seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// Every mutation in the graph, tried by every role: whatever a role may not do, its attempt is an access event
// with decision REFUSED. The mutations are read from the supergraph, so a new one is tried as soon as it exists.
let database: TestDatabase;
let stack: Stack;
let nik: string;
let regency: string;

beforeAll(async () => {
  database = await createTestDatabase('mutations_on_record');
  await seedPopulation(database.pool, { citizens: 60, seed: 'mutations-on-record' });
  ({
    rows: [{ nik, regency }],
  } = await database.pool.query(
    'select nik, substr(village_code, 1, 5) as regency from population.citizen order by nik limit 1',
  ));
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const schema = buildASTSchema(parse(readFileSync(SUPERGRAPH_PATH, 'utf8')), { assumeValidSDL: true });

/** A well-formed value of an argument's type, so that what decides the attempt is the role, not the input. */
function valueOf(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, name);
  if (isListType(type)) return [valueOf(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, valueOf(field.type, field.name)]),
    );
  switch (type.name) {
    case 'NIK':
      return nik;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'Int':
      return 5;
    case 'Boolean':
      return true;
    case 'JSONObject':
      return {};
    case 'DateTimeISO':
      return new Date(Date.now() + 86_400_000).toISOString();
    default:
      if (name === 'regencyCode') return regency;
      if (name === 'scopes') return 'population.identity';
      if (name === 'contactEmail') return 'desk@example.go.id';
      if (name === 'policyUrl') return 'https://example.go.id/privacy';
      if (name === 'clientId' || name === 'id') return 'test-client';
      if (name === 'purpose' || name === 'code') return 'LICENSE_APPLICATION';
      return 'Tried by every role';
  }
}

const ROLES: Role[] = ['citizen', 'officer', 'planner', 'steward', 'auditor'];
const mutations = Object.values(schema.getMutationType()!.getFields());

it('reads every mutation from the supergraph', () => {
  expect(mutations.map((m) => m.name)).toEqual(
    expect.arrayContaining(['grantConsent', 'setAccessRule', 'applyForLicence', 'setQuestionBudget']),
  );
});

describe.each(mutations.map((m) => [m.name, m] as const))('%s', (_name, mutation) => {
  it('is an access event with decision REFUSED for every role that may not do it', async () => {
    const variables = Object.fromEntries(mutation.args.map((arg) => [arg.name, valueOf(arg.type, arg.name)]));
    // A mutation without arguments (requestDataExport) has no parentheses: `()` does not parse.
    const list = (items: string[]) => (items.length > 0 ? `(${items.join(', ')})` : '');
    const declared = list(mutation.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`));
    const passed = list(mutation.args.map((arg) => `${arg.name}: $${arg.name}`));
    const selection = isObjectType(getNamedType(mutation.type)) ? ' { __typename }' : '';
    const query = `mutation ${declared} { ${mutation.name}${passed}${selection} }`;
    const refusedBy: Role[] = [];
    for (const role of ROLES) {
      const token = await stack.token(role, {
        nik: role === 'citizen' ? nik : undefined,
        purpose: role === 'officer' ? 'LICENSE_APPLICATION' : role === 'planner' ? 'STATISTICS' : undefined,
      });
      const response = await stack.post(query, variables, { authorization: `Bearer ${token}` });
      const codes = (response.body.errors ?? []).map((e) => String(e.extensions?.code));
      // Not a malformed attempt: the values are well-formed, so any refusal is the role's.
      expect(codes.filter((code) => code === 'GRAPHQL_VALIDATION_FAILED')).toEqual([]);
      if (!codes.some((code) => ['FORBIDDEN', 'PURPOSE_NOT_ALLOWED', 'CONSENT_REQUIRED'].includes(code))) continue;
      refusedBy.push(role);
      expect(response.body.data?.[mutation.name] ?? null).toBeNull();
      const { rows } = await database.pool.query(
        'select decision, actor_role from audit.access_event where request_id = $1',
        [response.headers.get('x-request-id')],
      );
      expect({ role, events: rows }).toEqual({
        role,
        events: expect.arrayContaining([{ decision: 'REFUSED', actor_role: role }]),
      });
    }
    // No mutation is open to planners or auditors: their attempts are always refused, and on the record.
    expect(refusedBy).toEqual(expect.arrayContaining(['planner', 'auditor']));
  });
});
