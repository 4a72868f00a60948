import { createTestDatabase, type TestDatabase } from '../support/database';
import { FAMILY_OF_SIX, insertFixtures, REGION } from '../support/fixtures';
import { setLogLevel } from '../../hub/log';
import { postGraphQL, startStack, type Stack } from '../support/stack';

// Client mistakes and hostile input through the real gateway: each answered 4xx with a code from the closed set,
// no value echoed back, and nothing logged that names a person.
let database: TestDatabase;
let stack: Stack;
const person = FAMILY_OF_SIX.members[0];
const NIK = person.nik;
const logged: string[] = [];
let restoreStdout: () => void;

beforeAll(async () => {
  database = await createTestDatabase('hostile');
  await insertFixtures(database.url);
  // Every log line at every level is kept (and not printed) for the scan at the end.
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  restoreStdout = () => {
    process.stdout.write = write;
    setLogLevel('error');
  };
  setLogLevel('debug');
  stack = await startStack(database.url);
});

afterAll(async () => {
  restoreStdout?.();
  await stack?.stop();
  await database?.drop();
});

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function raw(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await stack.token('officer')}`,
      ...headers,
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** The answer is a 4xx with this code, its message does not contain `secret`, and no subgraph was called. */
function expectRefused(answer: Answer, status: number, code: string, secret?: string) {
  expect(answer.status).toBe(status);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
  if (secret) expect(JSON.stringify(answer.body)).not.toContain(secret);
}

const APPLY =
  'mutation ($nik: NIK!, $location: PracticeLocationInput!) { applyForLicence(nik: $nik, type: SIP, ' +
  'practiceLocation: $location) { id } }';

describe('client mistakes are 4xx with a code, never a server fault', () => {
  it('an unknown operationName, several operations without one, or a subscription', async () => {
    const unknown = await raw(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }));
    expectRefused(unknown, 400, 'OPERATION_RESOLUTION_FAILURE');
    const several = await raw(JSON.stringify({ query: 'query A { __typename } query B { __typename }' }));
    expectRefused(several, 400, 'OPERATION_RESOLUTION_FAILURE');
    expectRefused(await stack.post('subscription { changes { kind } }'), 400, 'BAD_REQUEST');
  });

  it('a malformed date, inline or in a variable, without quoting it', async () => {
    const auditor = { authorization: `Bearer ${await stack.token('auditor')}` };
    const inline = await stack.post(
      'query { accessEvents(filter: { from: "yesterday-secret" }) { hasMore } }',
      undefined,
      auditor,
    );
    expectRefused(inline, 400, 'BAD_USER_INPUT', 'yesterday-secret');
    const variable = await stack.post(
      'query ($f: AccessEventFilter!) { accessEvents(filter: $f) { hasMore } }',
      { f: { from: 'tomorrow-secret' } },
      auditor,
    );
    expectRefused(variable, 400, 'BAD_USER_INPUT', 'tomorrow-secret');
  });

  it('an unknown input field or a value of the wrong type, without quoting the NIK or the number', async () => {
    const auditor = { authorization: `Bearer ${await stack.token('auditor')}` };
    const bogus = await stack.post(
      'query ($f: AccessEventFilter!) { accessEvents(filter: $f) { hasMore } }',
      { f: { nik: NIK, bogus: 1 } },
      auditor,
    );
    expectRefused(bogus, 400, 'BAD_USER_INPUT', NIK);
    expect(bogus.body.errors![0].message).toMatch(/"bogus" is not defined/);
    const card = await stack.post('{ bpjsCard(cardNumber: 8806123456789) { status } }');
    expectRefused(card, 400, 'GRAPHQL_VALIDATION_FAILED', '8806123456789');
  });

  it.each([
    ['a NUL character', 'Puskesmas\u0000Andir', 'BAD_USER_INPUT'],
    // Inline, GraphQL's own lexer refuses an unpaired surrogate escape.
    ['half of a surrogate pair', 'Puskesmas \ud800 Andir', 'GRAPHQL_PARSE_FAILED'],
    ['a string over 10,000 characters', 'P'.repeat(10_001), 'BAD_USER_INPUT'],
  ])('%s in any string argument, refused at the edge', async (_case, name, inlineCode) => {
    const answer = await stack.post(APPLY, { nik: NIK, location: { name, regencyCode: REGION.regency } });
    expectRefused(answer, 400, 'BAD_USER_INPUT');
    const inline = await stack.post(
      `{ citizen(nik: "${NIK}") { fullName } bpjsCard(cardNumber: ${JSON.stringify(name)}) { status } }`,
    );
    expectRefused(inline, 400, inlineCode);
  });

  it('an unknown region code and an oversized review note', async () => {
    // No province 99; province 32 (Jawa Barat) has no regency 99.
    for (const regencyCode of ['99.99', '32.99']) {
      const region = await stack.post(APPLY, { nik: NIK, location: { name: 'Puskesmas Andir', regencyCode } });
      expectRefused(region, 400, 'BAD_USER_INPUT');
    }
    const applied = await stack.post(APPLY, {
      nik: NIK,
      location: { name: 'Puskesmas Andir', regencyCode: REGION.regency },
    });
    const id = (applied.body.data as { applyForLicence: { id: string } }).applyForLicence.id;
    const review = await stack.post(
      'mutation ($id: ID!, $note: String) { ' +
        'reviewLicenceApplication(id: $id, decision: REJECT, note: $note) { status } }',
      { id, note: 'x'.repeat(2_001) },
    );
    expectRefused(review, 400, 'BAD_USER_INPUT');
  });

  it('a deep introspection sent by GET, refused by its own depth before Apollo sees it', async () => {
    const deep = `{ __type(name: "Citizen") { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } }`;
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(deep)}`, {
      headers: { authorization: `Bearer ${await stack.token('officer')}`, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Answer['body']).errors).toEqual([
      {
        message: 'the introspection is 22 levels deep; at most 16 are allowed',
        extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxIntrospectionDepth' },
      },
    ]);
  });

  it('a persisted-query hash that does not match its query', async () => {
    const answer = await raw(
      JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }),
    );
    expectRefused(answer, 400, 'BAD_REQUEST');
  });

  it('a malformed x-purpose is the request at fault (400), not the sign-on (401)', async () => {
    const answer = await stack.post(`{ citizen(nik: "${NIK}") { fullName } }`, undefined, {
      authorization: `Bearer ${await stack.token('officer', { purpose: undefined })}`,
      'x-purpose': 'not a code',
    });
    expectRefused(answer, 400, 'BAD_USER_INPUT', 'not a code');
  });
});

describe('the HTTP edge', () => {
  it('answers a body over 1 MiB with 413 and a JSON error, before reading it in full', async () => {
    const answer = await raw(`{"query":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0].extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxBodyBytes' });
  });

  it('refuses more than 100 header fields with 431, and takes media types in any case', async () => {
    const headers: Record<string, string> = {};
    for (let i = 0; i < 120; i += 1) headers[`x-filler-${i}`] = '1';
    const many = await raw(JSON.stringify({ query: '{ __typename }' }), headers);
    expect(many.status).toBe(431);
    expect(many.body.errors![0].extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxHeaders' });
    const upper = await raw(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'APPLICATION/JSON' });
    expect(upper.status).toBe(200);
    expect(upper.body.data).toEqual({ __typename: 'Query' });
  });
});

describe("a subgraph's lookups take a key as data", () => {
  const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { nik fullName } } }';
  const lookUp = async (niks: string[]) =>
    postGraphQL(
      stack.subgraphUrls.population,
      ENTITIES,
      { r: niks.map((nik) => ({ __typename: 'Citizen', nik })) },
      { 'x-hub-internal-token': await stack.officerInternalToken() },
    );

  it('finds nobody for a key written as SQL, and only its own person for a real one beside it', async () => {
    // Past the gateway's NIK check (called with the gateway's own token): the plain reads write keys into the
    // statement quoted, so none of these is anything but a key that matches no row.
    const hostile = ["' or '1'='1", "x'); select pg_sleep(3); --", "\\' or true --", `${NIK}' or nik <> '`, 'É\'"'];
    const { status, body } = await lookUp([...hostile, NIK]);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([...hostile.map(() => null), { nik: NIK, fullName: person.fullName }]);
  });

  it('finds nobody for a key holding a NUL, with no SQL in the answer, and answers the next lookup', async () => {
    const { body } = await lookUp(['\u0000x']);
    expect(JSON.stringify(body)).not.toMatch(/select|row_to_json|population\.citizen|syntax/i);
    expect(body.data?._entities?.[0] ?? null).toBeNull();
    const next = await lookUp([NIK]);
    expect(next.body.data._entities).toEqual([{ nik: NIK, fullName: person.fullName }]);
  });
});

describe('server logs', () => {
  it("name nobody, even when a subgraph's database refuses a row carrying a person's data", async () => {
    // Past the gateway's edge (a subgraph called with the gateway's own token), a NUL reaches PostgreSQL.
    const internal = await stack.officerInternalToken();
    const direct = await postGraphQL(
      stack.subgraphUrls.licensing,
      APPLY,
      { nik: NIK, location: { name: 'Puskesmas\u0000Andir', regencyCode: REGION.regency } },
      { 'x-hub-internal-token': internal },
    );
    expect(JSON.stringify(direct.body)).not.toContain(person.fullName);
    const log = logged.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const member of FAMILY_OF_SIX.members) {
      expect(log).not.toContain(member.nik);
      expect(log).not.toContain(member.fullName);
      expect(log).not.toContain(member.birthDate);
    }
    expect(log).not.toContain('Jl. Raya Andir');
    expect(log).not.toContain(FAMILY_OF_SIX.kk);
  });
});
