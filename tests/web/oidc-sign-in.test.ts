import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser } from 'playwright-core';
import { startHub, type RunningHub } from '../../app/start';
import { developmentHubConfig, expectAccessible, launchChromium } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/ports';

// The web app signing in through a real OpenID provider on loopback (oidc-provider, in its own process): the
// hub is configured with OIDC_ISSUER, the app redirects to the provider with Authorization Code and PKCE, the
// citizen signs in on the provider's own page, and back in the app the provider's JWT access token, verified by
// the hub against the provider's JWKS, reads their data. The development sign-in is not offered then.
const ROOT = resolve(__dirname, '../..');
let database: TestDatabase;
let provider: ChildProcess;
let issuer: string;
let hub: RunningHub;
let browser: Browser;
let base: string;

beforeAll(async () => {
  database = await createTestDatabase('web_oidc');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  provider = spawn(process.execPath, [join(ROOT, 'tests', 'support', 'oidc-provider.mjs')], {
    env: { ...process.env, REDIRECT_URI: `${base}/`, CLIENT_ID: 'citizen360-web', AUDIENCE: 'citizen360' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  issuer = await new Promise<string>((started, failed) => {
    provider.once('exit', (code) => failed(new Error(`the OpenID provider exited (${code})`)));
    createInterface({ input: provider.stdout! }).once('line', started);
  });
  hub = await startHub(
    developmentHubConfig(database.url, {
      PORT: String(port),
      OIDC_ISSUER: issuer,
      OIDC_JWKS_URL: `${issuer}/jwks`,
      OIDC_AUDIENCE: 'citizen360',
      WEB_OIDC_CLIENT_ID: 'citizen360-web',
      WEB_OIDC_SCOPE: 'openid hub',
    }),
  );
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  provider?.kill('SIGTERM');
  await database?.drop();
});

describe('signing in through an OpenID provider', () => {
  it('serves how to sign in, and lets the pages call the provider and nothing else', async () => {
    const config = await (await fetch(`${base}/config.json`)).json();
    expect(config).toEqual({
      signIn: { kind: 'oidc', issuer, clientId: 'citizen360-web', scope: 'openid hub' },
    });
    const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${issuer};`);
    // The development sign-in is not offered when an identity provider is.
    expect((await fetch(`${base}/explorer/callers`)).ok).toBe(false);
  });

  it('signs a citizen in with Authorization Code and PKCE, and reads their data with the access token', async () => {
    const nik = hub.sampleNiks[0];
    const {
      rows: [{ full_name: fullName }],
    } = await database.pool.query('select full_name from population.citizen where nik = $1', [nik]);
    const context = await browser.newContext();
    const page = await context.newPage();
    const authorizations: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === issuer && url.pathname === '/auth') authorizations.push(url);
    });
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Masuk dengan penyedia identitas', exact: true }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Masuk dengan penyedia identitas', exact: true }).click();
    // The provider's own sign-in page: its login is the NIK for a citizen.
    await page.locator('input[name="login"]').fill(nik);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { name: 'Data saya', exact: true }).waitFor();
    await page.getByText(fullName).first().waitFor();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe(`citizen ${nik}`);
    // Back at the app's address, the code gone from it.
    expect(page.url()).toBe(`${base}/`);
    expect(authorizations).toHaveLength(1);
    const [authorize] = authorizations;
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('client_id')).toBe('citizen360-web');
    // The token is held in memory, not in the browser's storage.
    const stored = await page.evaluate<string>(
      'JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })',
    );
    expect(stored).not.toMatch(/eyJ[A-Za-z0-9_-]+\.eyJ/);

    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'My data', exact: true }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
