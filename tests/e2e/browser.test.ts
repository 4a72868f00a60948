import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { startHub, type RunningHub } from '../../app/start';
import { explorerRoutes } from '../../gateway/explorer';
import { developmentHubConfig, launchChromium } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/database';

// The explorer and cross-origin pages in headless Chromium (Debian's chromium, driven by playwright-core), against
// the hub as `npm start` wires it (app/start.ts) on a loopback port: the explorer signs in with short-lived tokens
// from the development issuer, and a page on an allowed origin reads a profile while another origin cannot.
let database: TestDatabase;
let hub: RunningHub;
let browser: Browser;
const pages: Server[] = [];
let allowedOrigin: string;
let otherOrigin: string;
let base: string;
let fullName: string;

/** A tiny site on a loopback port of its own: another origin than the hub's. */
async function site(): Promise<string> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>A frontend team</title><p>app</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  pages.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  allowedOrigin = await site();
  otherOrigin = await site();
  database = await createTestDatabase('browser');
  hub = await startHub(developmentHubConfig(database.url, { CORS_ORIGINS: allowedOrigin }));
  base = hub.url.replace(/\/graphql$/, '');
  const { rows } = await database.pool.query<{ full_name: string }>(
    'select full_name from population.citizen where nik = $1',
    [hub.sampleNiks[0]],
  );
  fullName = rows[0].full_name;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  for (const server of pages) await new Promise((done) => server.close(done));
  await database?.drop();
});

/** A GET with the Host and headers of our choosing (node's fetch would not send another Host). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Record<string, unknown> }>(
    (done, fail) => {
      const request = httpRequest(`${base}${path}`, { headers, agent: false }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.once('end', () =>
          done({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text) }),
        );
      });
      request.once('error', fail);
      request.end();
    },
  );
}

/** The result pane's text once it shows an answer. */
async function runAndRead(page: Page): Promise<string> {
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response .CodeMirror-code');
  await result.filter({ hasText: /"(data|errors)"/ }).waitFor();
  return result.innerText();
}

describe('the explorer in Chromium', () => {
  it('loads the schema docs, signs in as a sample citizen and shows their profile', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sent: { operationName?: string; authorization?: string }[] = [];
    const answers: { operationName?: string; status: number; hasSchema: boolean; text: string }[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
      sent.push({ ...request.postDataJSON(), authorization: request.headers().authorization });
    });
    page.on('response', async (response) => {
      if (response.request().method() !== 'POST' || !response.url().endsWith('/graphql')) return;
      const text = await response.text();
      answers.push({
        operationName: response.request().postDataJSON().operationName,
        status: response.status(),
        hasSchema: Boolean(JSON.parse(text).data?.__schema),
        text,
      });
    });
    await page.goto(hub.url);
    await page.locator('#caller-status').filter({ hasText: 'token valid until' }).waitFor();
    expect(await page.locator('#caller-pick').inputValue()).toBe('0');
    expect(await page.locator('#caller-pick option').allInnerTexts()).toEqual([
      ...hub.sampleNiks.map((nik) => `citizen ${nik}`),
      'officer of siks-ng, SOCIAL_ASSISTANCE',
      'officer of sip-online, LICENSE_APPLICATION',
      'officer of dinkes-console (reviews SIP applications), LICENSE_APPLICATION',
      "officer of mpp-desk (applies on a citizen's behalf), PUBLIC_SERVICE",
      'officer of mpp-backoffice (decides MPP applications and complaints), PUBLIC_SERVICE',
      'officer of puskesmas-app, HEALTH_SERVICE',
      'planner, STATISTICS',
      'steward',
      'auditor',
    ]);

    // The docs: GraphiQL's own introspection passed the operation limits.
    await page.locator('.graphiql-sidebar button[aria-label*="Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.locator('.graphiql-doc-explorer-root-type', { hasText: 'query' }).waitFor();
    await docs
      .locator('a', { hasText: /^Query$/ })
      .first()
      .click();
    await docs.locator('.graphiql-doc-explorer-field-name', { hasText: /^citizen$/ }).waitFor();
    expect(answers.find((answer) => answer.operationName === 'IntrospectionQuery')).toMatchObject({
      status: 200,
      hasSchema: true,
    });

    // The README's profile query for the first sample NIK, as that citizen: the pane shows its first lines,
    // the answer behind it has every agency's part.
    const text = await runAndRead(page);
    expect(text).toContain(`"fullName": "${fullName}"`);
    const answer = JSON.parse(answers.at(-1)!.text);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.citizen).toMatchObject({
      fullName,
      household: { welfareDecile: expect.any(Number) },
      taxProfile: { status: 'ACTIVE' },
      bpjsMembership: { status: 'ACTIVE' },
    });
    const token = sent.at(-1)!.authorization!.replace(/^Bearer /, '');
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: hub.sampleNiks[0], role: 'citizen', client_id: 'dev-console' });
    expect(claims.exp! - claims.iat!).toBe(15 * 60);
    await context.close();
  });

  it('switches caller from the picker, and fetches a fresh token before the old one ends', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install();
    const tokenRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/explorer/token')) tokenRequests.push(new URL(request.url()).search);
    });
    await page.goto(hub.url);
    await page.locator('#caller-status').filter({ hasText: 'token valid until' }).waitFor();
    expect(tokenRequests).toEqual([`?role=citizen&nik=${hub.sampleNiks[0]}`]);

    // A steward never reads agency data: the same query is refused at the gateway.
    const switched = page.waitForRequest((request) => request.url().endsWith('/explorer/token?role=steward'));
    await page.locator('#caller-pick').selectOption({ label: 'steward' });
    await switched;
    const refused = await runAndRead(page);
    expect(refused).toContain('"FORBIDDEN"');
    expect(refused).not.toContain(fullName);

    // Twelve and a half minutes on (of fifteen), the page has fetched the steward's next token by itself.
    const renewed = page.waitForRequest((request) => request.url().endsWith('/explorer/token?role=steward'));
    await page.clock.fastForward('12:30');
    await renewed;
    expect(tokenRequests).toEqual([`?role=citizen&nik=${hub.sampleNiks[0]}`, '?role=steward', '?role=steward']);
    await context.close();
  });
});

describe('the explorer token endpoint', () => {
  it('mints a 15-minute token for an offered caller, kept out of caches', async () => {
    const answer = await get('/explorer/token?role=officer&client=siks-ng&purpose=SOCIAL_ASSISTANCE');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body.expiresInSeconds).toBe(900);
    expect(decodeJwt(String(answer.body.token))).toMatchObject({
      sub: 'dev-officer',
      role: 'officer',
      client_id: 'siks-ng',
      purpose: 'SOCIAL_ASSISTANCE',
    });
  });

  it('refuses a caller it does not offer, another Host name, and a cross-site fetch', async () => {
    const stranger = await get('/explorer/token?role=citizen&nik=3171010101900001');
    expect(stranger.status).toBe(400);
    expect(stranger.body).not.toHaveProperty('token');
    const rebound = await get('/explorer/token?role=steward', { host: 'hub.attacker.example:80' });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toHaveProperty('token');
    const crossSite = await get('/explorer/token?role=steward', { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
  });

  it('refuses a peer that is not this machine', async () => {
    const routes = explorerRoutes({
      signOn: {
        callers: [{ label: 'steward', role: 'steward' }],
        mint: async () => ({ token: 'minted', expiresInSeconds: 900 }),
      },
    });
    const answered = (remoteAddress: string) =>
      new Promise<{ status: number; body: string }>((done) => {
        const request = { method: 'GET', headers: { host: '127.0.0.1:4000' }, socket: { remoteAddress } };
        let status = 0;
        const response = {
          set statusCode(value: number) {
            status = value;
          },
          setHeader: () => undefined,
          headersSent: false,
          end: (body: string) => done({ status, body }),
        };
        routes(
          request as unknown as IncomingMessage,
          response as unknown as ServerResponse,
          new URL('http://127.0.0.1:4000/explorer/token?role=steward'),
        );
      });
    expect(await answered('192.0.2.7')).toMatchObject({ status: 403 });
    expect((await answered('192.0.2.7')).body).not.toContain('minted');
    expect(await answered('::ffff:10.1.2.3')).toMatchObject({ status: 403 });
    expect(await answered('::ffff:127.0.0.1')).toMatchObject({ status: 200 });
    expect(await answered('::1')).toMatchObject({ status: 200 });
  });
});

describe('a page on another origin, in Chromium', () => {
  async function fetchProfile(origin: string) {
    const { body } = await get(`/explorer/token?role=citizen&nik=${hub.sampleNiks[0]}`);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin);
    const result = await page.evaluate(
      async ({ url, token, nik }) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              query: 'query ($nik: NIK!) { citizen(nik: $nik) { fullName } }',
              variables: { nik },
            }),
          });
          return {
            status: response.status,
            requestId: response.headers.get('x-request-id'),
            body: await response.json(),
          };
        } catch (error) {
          return { failed: String(error) };
        }
      },
      { url: hub.url, token: String(body.token), nik: hub.sampleNiks[0] },
    );
    await context.close();
    return result;
  }

  it('reads a profile with fetch() when its origin is allowed', async () => {
    const result = await fetchProfile(allowedOrigin);
    expect(result).toMatchObject({ status: 200, body: { data: { citizen: { fullName } } } });
    expect(result).toHaveProperty('requestId', expect.stringMatching(/^[0-9a-f-]{36}$/));
  });

  it('cannot read it when its origin is not', async () => {
    expect(await fetchProfile(otherOrigin)).toEqual({ failed: 'TypeError: Failed to fetch' });
  });

  it('cannot fetch an explorer token from the hub', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(allowedOrigin);
    const result = await page.evaluate(async (url) => {
      try {
        return { status: (await fetch(url)).status };
      } catch (error) {
        return { failed: String(error) };
      }
    }, `${base}/explorer/token?role=steward`);
    await context.close();
    expect(result).toEqual({ failed: 'TypeError: Failed to fetch' });
  });
});
