import { auditServer } from 'graphql-http';
import { setLogLevel } from '../../hub/log';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { FAMILY_OF_SIX, insertFixtures } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// The gateway and the population subgraph as real HTTP servers on free ports, over real PostgreSQL.
let database: TestDatabase;
let stack: Stack;

beforeAll(async () => {
  database = await createTestDatabase('gateway');
  await insertFixtures(database.url);
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const HEAD = FAMILY_OF_SIX.members[0];

const PROFILE = `query ($nik: NIK!) {
  citizen(nik: $nik) {
    fullName sex birthDate
    address { village { name district { regency { name } } } }
    family { members { relationship citizen { fullName } } }
  }
}`;

describe('gateway over the population subgraph', () => {
  it('answers the README query for a citizen through the federated graph', async () => {
    const { status, body } = await stack.post(PROFILE, { nik: HEAD.nik });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.citizen).toMatchObject({
      fullName: HEAD.fullName,
      sex: 'MALE',
      birthDate: HEAD.birthDate,
      address: { village: { name: 'Andir', district: { regency: { name: 'Kabupaten Bandung' } } } },
    });
    expect(body.data.citizen.family.members).toHaveLength(6);
  });

  it('returns null without an error for a valid NIK nobody has', async () => {
    const { status, body } = await stack.post(PROFILE, { nik: '3204120101990009' });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { citizen: null } });
  });

  describe.each([
    ['15 digits', '320412010180001', 'NIK must be exactly 16 digits'],
    ['a letter', '32041201018000X1', 'NIK must contain only the digits 0-9'],
    ['day 32', '3204123201800001', 'NIK birth date is invalid: day is not a day of the month'],
    ['month 13', '3204120113800001', 'NIK birth date is invalid: month must be 01-12'],
    ['serial 0000', '3204120101800000', 'NIK serial must not be 0000'],
  ])('a NIK with %s', (_case, nik, reason) => {
    it.each([
      ['a variable', () => stack.post(PROFILE, { nik })],
      ['an inline argument', () => stack.post(`{ citizen(nik: "${nik}") { fullName } }`)],
    ])(
      'in %s gets 400 BAD_USER_INPUT with the reason, is not echoed, and reaches no subgraph',
      async (_where, send) => {
        const before = stack.requests('population');
        const { status, body, text } = await send();
        expect(status).toBe(400);
        expect(body.errors).toHaveLength(1);
        expect(body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason });
        expect(body.errors![0].message).toContain(reason);
        expect(text).not.toContain(nik);
        expect(stack.requests('population')).toBe(before);
      },
    );
  });

  it('refuses a NIK given as a number', async () => {
    const { status, body } = await stack.post(PROFILE, { nik: 3204120101800001 });
    expect(status).toBe(400);
    expect(body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("passes the request id to the subgraph, echoes it, and stamps it on both services' log lines", async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const logged = async (level: 'info' | 'debug', requestId: string) => {
      setLogLevel(level);
      lines.length = 0;
      const { headers, body } = await stack.post(PROFILE, { nik: HEAD.nik }, { 'x-request-id': requestId });
      expect(body.errors).toBeUndefined();
      expect(headers.get('x-request-id')).toBe(requestId);
      const entries = lines.map((line) => JSON.parse(line));
      expect(entries.filter((entry) => !entry.requestId)).toEqual([]);
      expect(lines.join('')).not.toContain(HEAD.nik);
      return entries
        .filter((entry) => entry.requestId === requestId && entry.msg === 'graphql request')
        .map((entry) => entry.service)
        .sort();
    };
    try {
      // At info a request is one line, the gateway's; at debug each subgraph call is on the log too.
      expect(await logged('info', 'req-e2e-0001-abcdef')).toEqual(['gateway']);
      expect(await logged('debug', 'req-e2e-0002-abcdef')).toEqual(['gateway', 'population']);
    } finally {
      spy.mockRestore();
      setLogLevel('error');
    }
  });

  it('generates a request id when the caller sends none', async () => {
    const { headers } = await stack.post('{ __typename }');
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves an explorer that loads without internet', async () => {
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    for (const src of html.match(/(?:src|href)="(\/explorer\/[^"]+)"/g) ?? []) {
      const path = src.replace(/^(src|href)="/, '').replace(/"$/, '');
      const asset = await fetch(new URL(path, stack.gatewayUrl));
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });
});

describe('GraphQL over HTTP', () => {
  // Introspection is on here (development): the audit asks for types by name.
  it('passes every MUST of the GraphQL-over-HTTP audit (graphql-http)', async () => {
    const authorization = `Bearer ${await stack.token('officer')}`;
    const results = await auditServer({
      url: stack.gatewayUrl,
      fetchFn: (input: string, init: RequestInit = {}) =>
        fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization } }),
    });
    const failed = results
      .filter((result) => result.name.startsWith('MUST') && result.status !== 'ok')
      .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failed).toEqual([]);
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });
});
