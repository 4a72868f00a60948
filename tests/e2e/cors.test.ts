import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { FAMILY_OF_SIX, insertFixtures } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// Cross-origin calls at the gateway's HTTP edge: pages on the origins in CORS_ORIGINS may call the graph with a
// bearer token, any other origin gets no CORS header (its browser keeps the answer from it), credentials are
// never allowed, and CSRF prevention still refuses simple cross-site requests.
let database: TestDatabase;
let stack: Stack;
let production: Stack;
const person = FAMILY_OF_SIX.members[0];
const ALLOWED = 'http://app.example.test:5173';
const OTHER = 'http://elsewhere.example.test';

beforeAll(async () => {
  database = await createTestDatabase('cors');
  await insertFixtures(database.url);
  stack = await startStack(database.url, { corsOrigins: [ALLOWED] });
  production = await startStack(database.url, { corsOrigins: [ALLOWED], production: true, officerRule: null });
});

afterAll(async () => {
  await production?.stop();
  await stack?.stop();
  await database?.drop();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** One request as a browser would send it (node's fetch would not send an Origin of our choosing). */
function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const request = httpRequest(url, { method, headers, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.once('end', () => done({ status: response.statusCode!, headers: response.headers, text }));
      response.once('error', fail);
    });
    request.once('error', fail);
    request.end(body);
  });
}

function corsHeaders(headers: IncomingHttpHeaders): Record<string, unknown> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith('access-control-')));
}

const profile = (nik: string) => JSON.stringify({ query: `{ citizen(nik: "${nik}") { fullName } }` });

async function preflight(url: string, origin: string, requestHeaders: string): Promise<Answer> {
  return send(url, 'OPTIONS', {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': requestHeaders,
  });
}

describe('CORS at the gateway', () => {
  it('answers a preflight from an allowed origin, echoing only the request headers it allows', async () => {
    const answer = await preflight(
      stack.gatewayUrl,
      ALLOWED,
      'Content-Type, authorization, x-request-id, idempotency-key, x-request-budget-ms, ' +
        'apollo-require-preflight, x-forwarded-for, cookie',
    );
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expect(corsHeaders(answer.headers)).toEqual({
      'access-control-allow-origin': ALLOWED,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers':
        'content-type, authorization, x-request-id, idempotency-key, x-request-budget-ms, apollo-require-preflight',
      'access-control-max-age': '600',
    });
    expect(answer.headers.vary).toBe('Origin');
  });

  it('gives a preflight from any other origin no CORS header', async () => {
    for (const origin of [OTHER, 'null', `${ALLOWED}/`, ALLOWED.toUpperCase()]) {
      const answer = await preflight(stack.gatewayUrl, origin, 'content-type, authorization');
      expect(answer.status).toBe(403);
      expect(corsHeaders(answer.headers)).toEqual({});
      expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
    }
  });

  it('lets a page on an allowed origin read the answer, its request id and Retry-After, never with cookies', async () => {
    const token = await stack.token('citizen', { nik: person.nik });
    const headers = { origin: ALLOWED, 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const answer = await send(stack.gatewayUrl, 'POST', headers, profile(person.nik));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.citizen.fullName).toBe(person.fullName);
    expect(corsHeaders(answer.headers)).toEqual({
      'access-control-allow-origin': ALLOWED,
      'access-control-expose-headers': 'x-request-id, retry-after',
    });
    expect(answer.headers.vary).toBe('Origin');
    // A refusal is readable too, so the page can tell its user why.
    const { authorization: _none, ...anonymous } = headers;
    const refused = await send(stack.gatewayUrl, 'POST', anonymous, profile(person.nik));
    expect(refused.status).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe(ALLOWED);
  });

  it('answers a request from another origin without CORS headers, so its browser keeps the answer from it', async () => {
    const token = await stack.token('citizen', { nik: person.nik });
    const headers = { origin: OTHER, 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const answer = await send(stack.gatewayUrl, 'POST', headers, profile(person.nik));
    expect(corsHeaders(answer.headers)).toEqual({});
    expect(answer.headers.vary).toBe('Origin');
  });

  it('still refuses simple cross-site requests (CSRF prevention), from an allowed origin too', async () => {
    const token = await stack.token('citizen', { nik: person.nik });
    for (const origin of [ALLOWED, OTHER]) {
      const plain = await send(
        stack.gatewayUrl,
        'POST',
        { origin, 'content-type': 'text/plain', authorization: `Bearer ${token}` },
        profile(person.nik),
      );
      expect(plain.status).toBe(400);
      expect(plain.text).toMatch(/CSRF/);
      const get = await send(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, 'GET', {
        origin,
        authorization: `Bearer ${token}`,
      });
      expect(get.status).toBe(400);
      expect(get.text).toMatch(/CSRF/);
    }
  });

  it('is the gateway edge only: subgraphs answer no CORS', async () => {
    const answer = await preflight(stack.subgraphUrls.population, ALLOWED, 'content-type');
    expect(corsHeaders(answer.headers)).toEqual({});
    const request = await send(stack.subgraphUrls.population, 'POST', { origin: ALLOWED }, '{}');
    expect(corsHeaders(request.headers)).toEqual({});
  });

  it('keeps the explorer and its token away from other origins', async () => {
    const token = await send(stack.gatewayUrl.replace('/graphql', '/explorer/token?role=steward'), 'GET', {
      origin: ALLOWED,
    });
    expect(corsHeaders(token.headers)).toEqual({});
  });
});

describe('in production', () => {
  it('answers allowed origins the same way', async () => {
    const answer = await preflight(production.gatewayUrl, ALLOWED, 'content-type, authorization');
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED);
  });

  it('refuses introspection, and serves no explorer and no explorer token', async () => {
    const introspection = await production.post(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(introspection.status).toBe(400);
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const base = production.gatewayUrl.replace('/graphql', '');
    for (const path of ['/explorer/token?role=steward', '/explorer/graphiql.js']) {
      const answer = await send(`${base}${path}`, 'GET', {});
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain('token');
    }
  });
});
