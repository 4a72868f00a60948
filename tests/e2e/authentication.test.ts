import { SignJWT, generateKeyPair } from 'jose';
import { signInternalToken, verifyInternalToken } from '../../auth/internal-token';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { FAMILY_OF_SIX, insertFixtures } from '../support/fixtures';
import { postGraphQL, startStack, type Stack } from '../support/stack';

// Sign-on at the gateway and the gateway-to-subgraph trust, over real HTTP.
let database: TestDatabase;
let stack: Stack;
const NIK = FAMILY_OF_SIX.members[0].nik;
const QUERY = `query ($nik: NIK!) { citizen(nik: $nik) { fullName } }`;

beforeAll(async () => {
  database = await createTestDatabase('authentication');
  await insertFixtures(database.url);
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function refused(authorization: string | null, reason: string) {
  const before = stack.requests('population');
  const { status, body } = await stack.post(QUERY, { nik: NIK }, { authorization });
  expect(status).toBe(401);
  expect(body.data).toBeUndefined();
  expect(body.errors).toEqual([
    { message: `Not authenticated: ${reason}`, extensions: { code: 'UNAUTHENTICATED', reason } },
  ]);
  expect(stack.requests('population')).toBe(before);
}

describe('sign-on at the gateway', () => {
  it('answers a valid token', async () => {
    const { status, body } = await stack.post(
      QUERY,
      { nik: NIK },
      { authorization: `Bearer ${await stack.token('citizen', { nik: NIK })}` },
    );
    expect(status).toBe(200);
    expect(body.data.citizen.fullName).toBe(FAMILY_OF_SIX.members[0].fullName);
  });

  it('refuses a missing token or a malformed header, and resolves nothing', async () => {
    await refused(null, 'a bearer token is required');
    await refused('Basic dXNlcjpwYXNz', 'the Authorization header must be "Bearer <JWT>"');
  });

  it('refuses an expired token', async () => {
    await refused(`Bearer ${await stack.token('officer', { ttlSeconds: -10 })}`, 'the token has expired');
  });

  it('refuses a token it answered before once that token has expired (a verified token is remembered)', async () => {
    const token = await stack.token('citizen', { nik: NIK, ttlSeconds: 2 });
    const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp as number;
    for (let i = 0; i < 2; i += 1) {
      const { status } = await stack.post(QUERY, { nik: NIK }, { authorization: `Bearer ${token}` });
      expect(status).toBe(200);
    }
    await new Promise((done) => setTimeout(done, Math.max(0, exp * 1000 - Date.now()) + 100));
    await refused(`Bearer ${token}`, 'the token has expired');
  });

  it('refuses a tampered token', async () => {
    const [header, payload, signature] = (await stack.token('officer')).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    await refused(`Bearer ${header}.${b64({ ...claims, role: 'steward' })}.${signature}`, 'the token is not valid');
  });

  it('refuses an unsigned (alg: none) token', async () => {
    const claims = {
      sub: 'attacker',
      role: 'officer',
      iss: 'citizen360-dev-issuer',
      aud: 'citizen360',
      exp: Math.floor(Date.now() / 1000) + 600,
    };
    await refused(
      `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
      "the token's algorithm is not accepted",
    );
  });

  it('refuses a token signed by another key, for another audience, or without a hub role', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const foreign = await new SignJWT({ role: 'officer' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('citizen360-dev-issuer')
      .setAudience('citizen360')
      .setSubject('x')
      .setExpirationTime('5m')
      .sign(privateKey);
    await refused(`Bearer ${foreign}`, 'the token is not valid');
    const [, payload] = (await stack.token('officer')).split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString()).aud).toBe('citizen360');
    await refused(`Bearer ${await stack.token('root' as never)}`, 'token carries no hub role');
  });

  it('refuses a citizen token whose subject is not a valid NIK', async () => {
    await refused(
      `Bearer ${await stack.token('citizen', { nik: '3204120101800000' })}`,
      'a citizen token must carry a valid NIK',
    );
  });
});

describe('subgraphs trust only the gateway', () => {
  const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { fullName } } }`;

  it.each([
    ['no internal token', {}],
    ['a token signed with another secret', 'forged'],
  ])('refuse a direct call with %s, _entities included', async (_case, kind) => {
    const headers: Record<string, string> = {};
    if (kind === 'forged') {
      headers['x-hub-internal-token'] = await signInternalToken('f'.repeat(40), {
        subject: 'x',
        role: 'steward',
        client: null,
        purpose: null,
        nik: null,
      });
    }
    for (const [query, variables] of [
      [QUERY, { nik: NIK }],
      [ENTITIES, { r: [{ __typename: 'Citizen', nik: NIK }] }],
    ] as const) {
      const { status, body } = await postGraphQL(stack.subgraphUrls.population, query, variables, headers);
      expect(status).toBe(401);
      expect(body.errors![0].extensions).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'requests must come through the gateway',
      });
      expect(JSON.stringify(body)).not.toContain(FAMILY_OF_SIX.members[0].fullName);
    }
  });

  it("answer a call carrying the gateway's internal token", async () => {
    const internal = await stack.officerInternalToken();
    const { status, body } = await postGraphQL(
      stack.subgraphUrls.population,
      QUERY,
      { nik: NIK },
      { 'x-hub-internal-token': internal },
    );
    expect(status).toBe(200);
    expect(body.data.citizen.fullName).toBe(FAMILY_OF_SIX.members[0].fullName);
  });

  it('refuse an internal token they verified before once it has expired (a verified token is remembered)', async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const internal = await new SignJWT({ role: 'officer', client: 'test-client', purpose: 'LICENSE_APPLICATION' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('citizen360-gateway')
      .setAudience('citizen360-subgraphs')
      .setSubject('test-officer')
      .setExpirationTime(exp)
      .sign(new TextEncoder().encode(stack.internalSecret));
    const call = () =>
      postGraphQL(stack.subgraphUrls.population, QUERY, { nik: NIK }, { 'x-hub-internal-token': internal });
    for (let i = 0; i < 2; i += 1) expect((await call()).status).toBe(200);
    await new Promise((done) => setTimeout(done, Math.max(0, exp * 1000 - Date.now()) + 100));
    const { status, body } = await call();
    expect(status).toBe(401);
    expect(body.errors![0].extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'requests must come through the gateway',
    });
  });

  it('give each caller its own internal token when their first requests race, and each verifies as its caller', async () => {
    const secret = 'r'.repeat(40);
    const callers = [FAMILY_OF_SIX.members[0].nik, FAMILY_OF_SIX.members[1].nik].flatMap((nik) => [
      { subject: nik, role: 'citizen' as const, client: 'test-client', purpose: null, nik },
      { subject: nik, role: 'citizen' as const, client: 'test-client', purpose: 'LICENSE_APPLICATION', nik },
    ]);
    const tokens = await Promise.all([...callers, ...callers].map((caller) => signInternalToken(secret, caller)));
    expect(new Set(tokens).size).toBe(callers.length);
    const verified = await Promise.all(tokens.map((token) => verifyInternalToken(secret, token)));
    expect(verified).toEqual([...callers, ...callers]);
  });
});
