import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Citizen360Document } from '../../examples/generated/graphql';
import { LegalBasis } from '../../schema/legal-bases';
import { AGENCY_SCOPES } from '../../schema/scopes';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { FAMILY_OF_SIX, insertAccessRule, insertFixtures, TEST_OFFICER_RULE } from '../support/fixtures';
import { startStack, type GraphQLHttpResponse, type Stack } from '../support/stack';

// Trusted documents: a steward registers an app's persisted-query manifest for its client; the app sends its
// operations by hash; a client held to its registered operations runs nothing else (403 OPERATION_NOT_TRUSTED).
const ROOT = resolve(__dirname, '../..');
let database: TestDatabase;
let stack: Stack;
const APP = TEST_OFFICER_RULE.clientId;
const OTHER = 'other-client';
const PURPOSE = TEST_OFFICER_RULE.purpose;
const PERSON = FAMILY_OF_SIX.members[0];
const PROFILE = 'query CitizenName($nik: NIK!) { citizen(nik: $nik) { fullName } }';
const BIRTH = 'query CitizenBirth($nik: NIK!) { citizen(nik: $nik) { birthDate } }';
const OTHER_ONLY = 'query OtherName($nik: NIK!) { citizen(nik: $nik) { fullName nik } }';
const AD_HOC = `{ citizen(nik: "${PERSON.nik}") { fullName } }`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifestOf = (...bodies: string[]) => ({
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: bodies.map((body) => ({
    id: sha256(body),
    name: /(query|mutation) (\w+)/.exec(body)?.[2],
    type: 'query',
    body,
  })),
});

beforeAll(async () => {
  database = await createTestDatabase('trusted_documents');
  await insertFixtures(database.url);
  await insertAccessRule(database.url, {
    clientId: OTHER,
    purpose: PURPOSE,
    scopes: AGENCY_SCOPES,
    legalBasis: LegalBasis.PUBLIC_TASK,
  });
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const steward = async () => ({
  authorization: `Bearer ${await stack.token('steward', { client: 'steward-console' })}`,
});
const officerOf = async (client: string) => ({
  authorization: `Bearer ${await stack.token('officer', { client, purpose: PURPOSE })}`,
});

/** A request as Apollo Client's persisted-query link sends it: the hash, and the text only if given. */
async function byHash(
  client: string,
  hash: string,
  options: { query?: string; method?: 'GET' | 'POST'; authorization?: string | null } = {},
): Promise<GraphQLHttpResponse> {
  const authorization =
    options.authorization === undefined ? (await officerOf(client)).authorization : options.authorization;
  const fields = {
    ...(options.query ? { query: options.query } : {}),
    variables: { nik: PERSON.nik },
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  };
  const headers: Record<string, string> = { 'apollo-require-preflight': 'true' };
  if (authorization) headers.authorization = authorization;
  const response =
    options.method === 'GET'
      ? await fetch(
          `${stack.gatewayUrl}?${new URLSearchParams({
            ...(options.query ? { query: options.query } : {}),
            variables: JSON.stringify(fields.variables),
            extensions: JSON.stringify(fields.extensions),
          })}`,
          { headers },
        )
      : await fetch(stack.gatewayUrl, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(fields),
        });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
}

async function register(client: string, manifest: unknown) {
  return stack.post(
    'mutation ($client: String!, $manifest: JSONObject!) { registerTrustedDocuments(clientId: $client, ' +
      'manifest: $manifest, reason: "Release 2.3 of the app") { clientId added alreadyRegistered registered } }',
    { client, manifest },
    await steward(),
  );
}

async function require_(client: string, required: boolean) {
  return stack.post(
    'mutation ($client: String!, $required: Boolean!) { requireTrustedDocuments(clientId: $client, ' +
      'required: $required, reason: "Production posture for the app") { id requiresTrustedDocuments } }',
    { client, required },
    await steward(),
  );
}

const codeOf = (answer: GraphQLHttpResponse) => answer.body.errors?.[0]?.extensions?.code;

describe('operations registered by a steward', () => {
  it('are registered from an Apollo manifest, listed for stewards, and kept in the change log', async () => {
    const answer = await register(APP, manifestOf(PROFILE, BIRTH));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.registerTrustedDocuments).toEqual({
      clientId: APP,
      added: 2,
      alreadyRegistered: 0,
      registered: 2,
    });
    // The same manifest again (a redeploy) changes nothing.
    expect((await register(APP, manifestOf(PROFILE))).body.data.registerTrustedDocuments).toMatchObject({
      added: 0,
      alreadyRegistered: 1,
      registered: 2,
    });
    const listed = await stack.post(
      `{ trustedDocuments(clientId: "${APP}") { id name type body registeredBy } ` +
        'stewardChanges(first: 5) { kind subject reason } }',
      undefined,
      await steward(),
    );
    expect(listed.body.data.trustedDocuments).toEqual([
      expect.objectContaining({ id: sha256(BIRTH), name: 'CitizenBirth', type: 'query', body: BIRTH }),
      expect.objectContaining({ id: sha256(PROFILE), name: 'CitizenName', type: 'query', body: PROFILE }),
    ]);
    expect(listed.body.data.stewardChanges).toContainEqual({
      kind: 'CLIENT',
      subject: APP,
      reason: 'Release 2.3 of the app',
    });
  });

  it('run when the app sends the hash alone, by POST or GET', async () => {
    for (const method of ['POST', 'GET'] as const) {
      const answer = await byHash(APP, sha256(PROFILE), { method });
      expect([answer.status, answer.body.errors, answer.body.data]).toEqual([
        200,
        undefined,
        { citizen: { fullName: PERSON.fullName } },
      ]);
    }
  });

  it('are not found for a client they are not registered for, which may then send the text', async () => {
    const unknown = await byHash(OTHER, sha256(PROFILE));
    expect([unknown.status, codeOf(unknown)]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
    const withText = await byHash(OTHER, sha256(PROFILE), { query: PROFILE });
    expect(withText.body.data).toEqual({ citizen: { fullName: PERSON.fullName } });
    // Sending a text registers nothing: only stewards register operations.
    expect(codeOf(await byHash(OTHER, sha256(PROFILE)))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuse a hash that is not the SHA-256 of the text sent with it, or is not a SHA-256', async () => {
    const mismatch = await byHash(OTHER, sha256(BIRTH), { query: PROFILE });
    expect([mismatch.status, codeOf(mismatch)]).toEqual([400, 'BAD_REQUEST']);
    const malformed = await byHash(OTHER, 'ab');
    expect([malformed.status, codeOf(malformed)]).toEqual([400, 'BAD_REQUEST']);
  });

  it('are not run for a caller who is not signed on', async () => {
    const answer = await byHash(APP, sha256(PROFILE), { authorization: null });
    expect([answer.status, codeOf(answer)]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('a client held to its registered operations', () => {
  beforeAll(async () => {
    await register(OTHER, manifestOf(OTHER_ONLY));
    const answer = await require_(APP, true);
    expect(answer.body.data.requireTrustedDocuments).toEqual({ id: APP, requiresTrustedDocuments: true });
  });

  afterAll(async () => {
    await require_(APP, false);
  });

  it('runs them by hash or by their exact text', async () => {
    expect((await byHash(APP, sha256(PROFILE))).body.data).toEqual({ citizen: { fullName: PERSON.fullName } });
    const byText = await stack.post(BIRTH, { nik: PERSON.nik }, await officerOf(APP));
    expect([byText.status, byText.body.errors]).toEqual([200, undefined]);
  });

  it('is refused anything else with 403 OPERATION_NOT_TRUSTED, before any subgraph is asked', async () => {
    const officer = await officerOf(APP);
    const before = stack.requests('population');
    const refusals = [
      await stack.post(AD_HOC, undefined, officer),
      // The registered text with one more space is another document.
      await stack.post(`${PROFILE} `, { nik: PERSON.nik }, officer),
      await byHash(APP, sha256(AD_HOC)),
      // Registered, but for another client.
      await byHash(APP, sha256(OTHER_ONLY)),
      await byHash(APP, sha256(OTHER_ONLY), { query: OTHER_ONLY }),
    ];
    for (const answer of refusals) {
      expect([answer.status, codeOf(answer), answer.body.data]).toEqual([403, 'OPERATION_NOT_TRUSTED', undefined]);
      expect(answer.body.errors![0].message).toMatch(/registered operations only/);
    }
    expect(stack.requests('population')).toBe(before);
  });

  it('leaves other clients as they were', async () => {
    const answer = await stack.post(AD_HOC, undefined, await officerOf(OTHER));
    expect(answer.body.data).toEqual({ citizen: { fullName: PERSON.fullName } });
  });

  it('loses an operation a steward removes, from the next request', async () => {
    const removed = await stack.post(
      `mutation { removeTrustedDocuments(clientId: "${APP}", ids: ["${sha256(BIRTH)}"], ` +
        'reason: "Release 2.2 retired") { removed registered } }',
      undefined,
      await steward(),
    );
    expect(removed.body.data.removeTrustedDocuments).toEqual({ removed: 1, registered: 1 });
    expect(codeOf(await byHash(APP, sha256(BIRTH)))).toBe('OPERATION_NOT_TRUSTED');
    expect((await byHash(APP, sha256(PROFILE))).body.data).toEqual({ citizen: { fullName: PERSON.fullName } });
    // Its last operation stays while the client is held to them.
    const last = await stack.post(
      `mutation { removeTrustedDocuments(clientId: "${APP}", ids: ["${sha256(PROFILE)}"], reason: "Clean-up") ` +
        '{ removed } }',
      undefined,
      await steward(),
    );
    expect(codeOf(last)).toBe('BAD_USER_INPUT');
  });
});

describe('manifests a steward cannot register', () => {
  const registered = async (client: string) =>
    (await stack.post(`{ trustedDocuments(clientId: "${client}") { id } }`, undefined, await steward())).body.data
      .trustedDocuments.length;

  it.each([
    ['another format', { format: 'relay', version: 1, operations: [] }, /format must be/],
    ['no operations', manifestOf(), /lists no operations/],
    [
      'an id that is not the hash of its text',
      { ...manifestOf(PROFILE), operations: [{ ...manifestOf(PROFILE).operations[0], body: BIRTH }] },
      /operations\[0\] \(CitizenName\): id is not the SHA-256 of body/,
    ],
    ['a field the API does not have', manifestOf('query Salary { citizen(nik: "1") { salary } }'), /salary/],
    ['two operations in one text', manifestOf(`${PROFILE} ${BIRTH}`), /exactly one operation/],
    ['a text that does not parse', manifestOf('query Broken {'), /does not parse/],
  ])('refuses %s with BAD_USER_INPUT and registers none of it', async (_, manifest, message) => {
    const before = await registered(OTHER);
    const answer = await register(OTHER, manifest);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0].message).toMatch(message);
    expect(await registered(OTHER)).toBe(before);
  });

  it('takes the persisted documents `npm run codegen` writes, and runs them by the hash in the typed document', async () => {
    const documents = JSON.parse(readFileSync(join(ROOT, 'examples/generated/persisted-documents.json'), 'utf8'));
    const answer = await register(OTHER, documents);
    expect(answer.body.data.registerTrustedDocuments).toMatchObject({ added: Object.keys(documents).length });
    const { hash } = (Citizen360Document as { __meta__?: { hash: string } }).__meta__!;
    expect((await byHash(OTHER, hash)).body.data.citizen).toMatchObject({ fullName: PERSON.fullName });
  });

  it('registers each operation once when the same manifest is sent several times at once', async () => {
    const text = 'query RaceName($nik: NIK!) { citizen(nik: $nik) { fullName birthDate } }';
    const answers = await Promise.all(Array.from({ length: 8 }, () => register(OTHER, manifestOf(text))));
    expect(answers.map((answer) => answer.body.errors?.[0]?.extensions?.code)).toEqual(Array(8).fill(undefined));
    expect(answers.map((answer) => answer.body.data.registerTrustedDocuments.added).sort()).toEqual([
      0, 0, 0, 0, 0, 0, 0, 1,
    ]);
  });

  it('is refused to anyone but a steward', async () => {
    const answer = await stack.post(
      'mutation ($m: JSONObject!) { registerTrustedDocuments(clientId: "other-client", manifest: $m, ' +
        'reason: "My own operations") { added } }',
      { m: manifestOf(AD_HOC) },
      await officerOf(OTHER),
    );
    expect(codeOf(answer)).toBe('FORBIDDEN');
  });

  it('cannot hold a client to operations it has none of', async () => {
    await stack.post(
      'mutation { registerClient(input: { id: "new-app", name: "New App", agency: "Dinas Kominfo", ' +
        'contactEmail: "tim@kominfo.example.go.id", policyUrl: "https://kominfo.example.go.id/privasi" }, ' +
        'reason: "A new app for the test") { id } }',
      undefined,
      await steward(),
    );
    const answer = await require_('new-app', true);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0].message).toMatch(/register the client's operations/);
  });
});
