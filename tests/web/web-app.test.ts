import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startHub, type RunningHub } from '../../app/start';
import { developmentHubConfig, expectAccessible, launchChromium } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { plantHealthWorker } from '../support/fixtures';
import { seedPopulation } from '../../seeds/load';

// The web app at `/`, as `npm start` serves it, in headless Chromium, signed in through the development sign-in: a
// citizen reads their data, sees who read it, gives and revokes consents (in Bahasa Indonesia and in English); an
// officer looks a citizen up and sees why a field is withheld; an auditor checks the log's signature, searches and
// exports it, and scopes a breach; a planner counts a cohort and exports it. Every page passes axe-core without a
// serious or critical violation, and no URL a page asks for holds a NIK.
const ROOT = resolve(__dirname, '../..');
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
let database: TestDatabase;
let hub: RunningHub;
let browser: Browser;
let base: string;
let nik: string;
let fullName: string;
let callers: { id: number; label: string }[];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html')))
    throw new Error('web/dist is not built: run `npm run build:web` (npm install does it)');
  database = await createTestDatabase('web_citizen');
  // Seeded as the hub seeds it, with a health worker who can apply for a SIP (the licensing desk's test).
  await seedPopulation(database.pool, { citizens: 300, seed: 'citizen360' });
  await plantHealthWorker(database.pool);
  hub = await startHub(developmentHubConfig(database.url));
  base = hub.url.replace(/\/graphql$/, '');
  nik = hub.sampleNiks[0];
  ({
    rows: [{ full_name: fullName }],
  } = await database.pool.query('select full_name from population.citizen where nik = $1', [nik]));
  callers = ((await (await fetch(`${base}/explorer/callers`)).json()) as { callers: typeof callers }).callers;
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await database?.drop();
});

/** A token for one of the offered callers, as the sign-in page gets it. */
async function tokenOf(label: string): Promise<string> {
  const caller = callers.find((offered) => offered.label === label);
  if (!caller) throw new Error(`no caller ${label}`);
  const response = await fetch(`${base}/explorer/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ caller: caller.id }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function gql(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
}

const OFFICER = 'officer of sip-online, LICENSE_APPLICATION';
const LOOKUP = 'query ($nik: NIK!) { citizen(nik: $nik) { fullName } }';

async function signIn(page: Page, label: string, button = 'Masuk') {
  await page.getByLabel(button === 'Masuk' ? 'Pengguna' : 'Caller', { exact: true }).selectOption({ label });
  await page.getByRole('button', { name: button, exact: true }).click();
}

/** Screenshots of a page in Bahasa Indonesia at 1366x768 and on a 390-wide phone, for docs/screenshots/. */
async function screenshots(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.id.1366.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.id.390.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
}

describe('the web app', () => {
  it('is served at / under a strict Content-Security-Policy, its assets cached for good, nothing else reachable', async () => {
    const index = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    const html = await index.text();
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${base}${script}`);
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
    // The explorer keeps /graphql; no path leads outside the build.
    expect(await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text()).toContain('graphiql');
    expect((await fetch(`${base}/assets/none.js`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/package.json`)).status).toBe(404);
  });

  it('signs in only a caller it offers, and only for a page of its own', async () => {
    const session = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${base}/explorer/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    expect((await session(JSON.stringify({ caller: callers.length }))).status).toBe(400);
    expect((await session(JSON.stringify({ caller: '0' }))).status).toBe(400);
    expect((await session('not json')).status).toBe(400);
    // A page of another site cannot sign in (its fetch says cross-site), nor read who is offered.
    expect((await session(JSON.stringify({ caller: 0 }), { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await fetch(`${base}/explorer/callers`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const signedIn = (await (await session(JSON.stringify({ caller: 0 }))).json()) as Record<string, unknown>;
    expect(signedIn).toEqual({
      token: expect.any(String),
      expiresInSeconds: 900,
      caller: { label: `citizen ${nik}`, role: 'citizen' },
    });
  });

  it("takes a consent from the citizen's page to the officer's counter and back to the log, each read proven", async () => {
    const citizenContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const officerContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await citizenContext.newPage();
    const counter = await officerContext.newPage();
    const urls: string[] = [];
    for (const p of [page, counter]) p.on('request', (request) => urls.push(request.url()));
    await page.goto(`${base}/`);
    await expect(page.getByRole('heading', { name: 'Masuk sebagai pengguna demonstrasi' }).textContent()).resolves.toBe(
      'Masuk sebagai pengguna demonstrasi',
    );
    await expectAccessible(page);
    await screenshots(page, 'sign-in');
    await signIn(page, `citizen ${nik}`);
    await page.getByRole('heading', { name: 'Data saya', exact: true }).waitFor();
    await page.getByText(fullName).first().waitFor();
    // Each card says where its data comes from and as of when (provenance).
    await expect(page.getByRole('article', { name: 'Identitas' }).getByTestId('source').textContent()).resolves.toMatch(
      /^Sumber: Dukcapil.*, .+ · data per [0-9]{1,2} \w+ [0-9]{4}$/,
    );

    // The citizen consents to SIP Online reading their identity for a licence application.
    const form = page.getByRole('form', { name: 'Beri persetujuan baru' });
    await form.getByLabel('Layanan', { exact: true }).selectOption('sip-online');
    await form.getByLabel('Tujuan', { exact: true }).selectOption('LICENSE_APPLICATION');
    await form.getByRole('checkbox', { name: /population\.identity/ }).check();
    await form.getByRole('button', { name: 'Beri persetujuan' }).click();
    const consent = page.getByTestId('consent').filter({ hasText: 'Aktif' }).first();
    await consent.waitFor();

    // At the counter, the officer of SIP Online sees the name released.
    await counter.goto(`${base}/`);
    await signIn(counter, OFFICER);
    await counter.getByLabel('NIK', { exact: true }).fill(nik);
    await counter.getByRole('button', { name: 'Cari', exact: true }).click();
    const identity = counter.getByRole('article', { name: 'Identitas' });
    await identity.getByText(fullName).waitFor();

    // The citizen revokes; the officer's very next lookup is refused, and says why.
    await consent.getByRole('button', { name: 'Cabut' }).click();
    await page.getByTestId('consent').filter({ hasText: 'Dicabut' }).first().waitFor();
    await counter.getByRole('button', { name: 'Cari', exact: true }).click();
    await identity.getByText(fullName).waitFor({ state: 'detached' });
    await expect(identity.textContent()).resolves.toContain('Nama lengkapTidak dirilis: perlu persetujuan warga');

    // The citizen's log shows both reads, each proven in the page against the signed checkpoint.
    await page.getByRole('button', { name: 'Perbarui', exact: true }).click();
    const reads = page.getByTestId('access-entry').filter({ hasText: 'SIP Online' });
    await reads.filter({ hasText: 'Ditolak' }).first().waitFor();
    await expect(reads.filter({ hasText: 'Dirilis' }).count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('proof-summary').textContent()).resolves.toMatch(/./);
    await page
      .getByTestId('proof-summary')
      .getByText(/^([0-9]+) dari \1 entri terbukti ada di log akses/)
      .waitFor();
    const states = await page
      .getByTestId('proof')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-state')));
    expect(states.length).toBeGreaterThanOrEqual(4);
    expect(new Set(states)).toEqual(new Set(['valid']));
    await page.getByLabel('Keputusan', { exact: true }).selectOption({ label: 'Ditolak' });
    await expect(page.getByTestId('access-entry').allTextContents()).resolves.toEqual([
      expect.stringContaining('Ditolak'),
    ]);
    await page.getByLabel('Keputusan', { exact: true }).selectOption({ label: 'Semua' });
    await expectAccessible(page);
    await screenshots(page, 'citizen');

    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'My data', exact: true }).waitFor();
    await expect(page.getByTestId('consent').first().textContent()).resolves.toContain('Revoked');
    await expect(page.getByTestId('proof').first().textContent()).resolves.toBe('Proven');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, 'citizen.en.390.png'), fullPage: true });
    expect(urls.filter((url) => url.includes(nik))).toEqual([]);
    await citizenContext.close();
    await officerContext.close();
  });

  it('lets an officer ask a citizen for consent at the counter, and the citizen approve it in their page', async () => {
    // A sample citizen the development sign-in offers; the puskesmas counter's test below reads them too, under a
    // public task that no consent changes.
    const person = hub.sampleNiks[2];
    const {
      rows: [{ full_name: personName }],
    } = await database.pool.query('select full_name from population.citizen where nik = $1', [person]);
    const officerContext = await browser.newContext();
    const citizenContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const counter = await officerContext.newPage();
    const page = await citizenContext.newPage();
    // The officer works in English.
    await counter.goto(`${base}/`);
    await counter.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await signIn(counter, OFFICER, 'Sign in');
    await counter.getByLabel('NIK', { exact: true }).fill(person);
    await counter.getByRole('button', { name: 'Look up', exact: true }).click();
    await counter.getByRole('button', { name: 'Ask the citizen for consent' }).click();
    await counter
      .getByRole('status')
      .getByText(/^Request sent\./)
      .waitFor();
    await expectAccessible(counter);
    await counter.screenshot({ path: join(SCREENSHOTS, 'officer-asks.en.1366.png'), fullPage: true });

    await page.goto(`${base}/`);
    await signIn(page, `citizen ${person}`);
    const request = page.getByTestId('consent-request').filter({ hasText: 'SIP Online' });
    await request.waitFor();
    await expect(request.textContent()).resolves.toContain('population.identity');
    await expectAccessible(page);
    await screenshots(page, 'consent-request');
    await request.getByRole('button', { name: 'Setujui', exact: true }).click();
    await page.getByTestId('consent').filter({ hasText: 'Aktif' }).first().waitFor();
    await expect(page.getByTestId('consent-request').count()).resolves.toBe(0);

    await counter.getByRole('button', { name: 'Look up', exact: true }).click();
    await counter.getByRole('article', { name: 'Identity' }).getByText(personName).waitFor();
    await officerContext.close();
    await citizenContext.close();
  });

  it('lets a citizen give a consent, choosing the data from the catalogue, and says when the service may not ask for it', async () => {
    const other = hub.sampleNiks[1];
    const officer = await tokenOf(OFFICER);
    expect((await gql(officer, LOOKUP, { nik: other })).errors?.[0]?.extensions?.code).toBe('CONSENT_REQUIRED');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Pengguna', { exact: true }).selectOption({ label: `citizen ${other}` });
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    const form = page.getByRole('form', { name: 'Beri persetujuan baru' });
    await form.getByLabel('Layanan', { exact: true }).selectOption('sip-online');
    await form.getByLabel('Tujuan', { exact: true }).selectOption('LICENSE_APPLICATION');
    // Family data is not what SIP Online asks for: refused, and said so.
    await form.getByRole('checkbox', { name: /population\.family/ }).check();
    await form.getByRole('button', { name: 'Beri persetujuan' }).click();
    await form.getByRole('alert').waitFor();
    await expect(form.getByRole('alert').textContent()).resolves.toMatch(/^Persetujuan tidak dapat diberikan: /);
    await form.getByRole('checkbox', { name: /population\.family/ }).uncheck();
    await form.getByRole('checkbox', { name: /population\.identity/ }).check();
    await form.getByRole('button', { name: 'Beri persetujuan' }).click();
    await page.getByTestId('consent').filter({ hasText: 'Aktif' }).first().waitFor();
    await expectAccessible(page);
    expect((await gql(officer, LOOKUP, { nik: other })).data).toEqual({
      citizen: { fullName: expect.any(String) },
    });
    await context.close();
  });

  it('lets an officer at the counter look a citizen up, each field not released saying why', async () => {
    const person = hub.sampleNiks[2];
    const context = await browser.newContext();
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(`${base}/`);
    await page
      .getByLabel('Pengguna', { exact: true })
      .selectOption({ label: 'officer of puskesmas-app, HEALTH_SERVICE' });
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByLabel('NIK', { exact: true }).fill('12345');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^Pencarian gagal: /);
    await page.getByLabel('NIK', { exact: true }).fill(person);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    // The puskesmas reads identity, address and JKN coverage as a public task, and nothing else.
    const health = page.getByRole('article', { name: 'JKN (BPJS Kesehatan)' });
    await expect(health.textContent()).resolves.toContain('Aktif');
    const household = page.getByRole('article', { name: 'Rumah tangga (DTSEN)' });
    await expect(household.textContent()).resolves.toContain('Tidak dirilis: tujuan ini tidak mencakup data tersebut');
    await expectAccessible(page);
    await screenshots(page, 'officer');
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await expect(page.getByRole('article', { name: 'Household (DTSEN)' }).textContent()).resolves.toContain(
      'Not released: this purpose does not cover it',
    );
    expect(urls.filter((url) => url.includes(person))).toEqual([]);
    await context.close();
  });

  it("lets an auditor check the log's signature, find an officer's reads, export them, and scope a breach", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(`${base}/`);
    await page.getByLabel('Pengguna', { exact: true }).selectOption({ label: 'auditor' });
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    // The checkpoint's Ed25519 signature, checked by the page itself.
    await page.getByText('Tanda tangan checkpoint terakhir sah (diperiksa di peramban ini)').waitFor();

    const search = page.getByRole('region', { name: 'Cari log akses' });
    await search.getByLabel('NIK', { exact: true }).fill(nik);
    await search.getByLabel('Layanan', { exact: true }).fill('sip-online');
    await search.getByRole('button', { name: 'Cari', exact: true }).click();
    await search.getByTestId('event').first().waitFor();
    const rows = await search.getByTestId('event').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((row) => row.includes(nik) && row.includes('sip-online'))).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      search.getByRole('button', { name: 'Ekspor CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('position,at,kind,role,subject,client,purpose,nik,decision,basis,scopes,refused');
    expect(csv.slice(1)).toHaveLength(rows.length);

    // Past the first page: 120 reads by the puskesmas, then the next 100 on demand.
    const { rows: people } = await database.pool.query<{ nik: string }>(
      'select nik from population.citizen order by nik limit 15',
    );
    const puskesmas = await tokenOf('officer of puskesmas-app, HEALTH_SERVICE');
    const aliased = `query (${people.map((_, i) => `$n${i}: NIK!`).join(', ')}) {
      ${people.map((_, i) => `p${i}: citizen(nik: $n${i}) { bpjsMembership { status } }`).join(' ')} }`;
    const variables = Object.fromEntries(people.map((person, i) => [`n${i}`, person.nik]));
    for (let i = 0; i < 8; i += 1) expect((await gql(puskesmas, aliased, variables)).errors).toBeUndefined();
    await search.getByLabel('NIK', { exact: true }).fill('');
    await search.getByLabel('Layanan', { exact: true }).fill('puskesmas-app');
    await search.getByRole('button', { name: 'Cari', exact: true }).click();
    await search.getByRole('status').getByText(/^100 /).waitFor();
    await search.getByRole('button', { name: 'Tampilkan 100 peristiwa berikutnya' }).click();
    await search
      .getByRole('status')
      .getByText(/^12[0-9] /)
      .waitFor();
    const shown = await search.getByTestId('event').count();
    expect(shown).toBeGreaterThanOrEqual(120);

    const breach = page.getByRole('region', { name: /Cakupan kebocoran data/ });
    await breach.getByLabel('Layanan', { exact: true }).fill('sip-online');
    await breach.getByRole('button', { name: 'Tampilkan cakupan' }).click();
    await expect(breach.getByTestId('breach-people').textContent()).resolves.toMatch(/^Orang terdampak: [1-9]/);
    await expectAccessible(page);
    await screenshots(page, 'auditor');
    // The same pages in English: what was found stays, in the other language's words.
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('region', { name: 'Search the access log' }).getByTestId('event').first().waitFor();
    await expect(
      page
        .getByRole('region', { name: /Scope of a data breach/ })
        .getByTestId('breach-people')
        .textContent(),
    ).resolves.toMatch(/^People affected: [1-9]/);
    await page.getByText("The latest checkpoint's signature is valid", { exact: false }).waitFor();
    await expectAccessible(page);
    expect(urls.filter((url) => url.includes(nik))).toEqual([]);
    await context.close();
  });

  it('lets a planner count a cohort, every withheld cell marked, and export the table', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Pengguna', { exact: true }).selectOption({ label: 'planner, STATISTICS' });
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByLabel('Desil terendah').fill('1');
    await page.getByLabel('Desil tertinggi').fill('4');
    await page.getByLabel('JKN aktif').selectOption('false');
    await page.getByRole('checkbox', { name: 'Jenis kelamin' }).check();
    await page.getByRole('button', { name: 'Hitung', exact: true }).click();
    await page.getByTestId('cohort-cell').first().waitFor();
    const cells = await page.getByTestId('cohort-cell').allTextContents();
    // Four deciles by two sexes; each cell a count or marked as withheld, with why.
    expect(cells).toHaveLength(8);
    for (const cell of cells) expect(cell).toMatch(/[0-9]$|Disembunyikan \((sel kecil|pelindung sel lain)\)$/);
    await expect(page.getByTestId('cohort-note').textContent()).resolves.toContain(
      'sel di bawah 10 orang disembunyikan',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ekspor CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('decile,sex,count,share,suppressed');
    expect(csv).toHaveLength(9);
    await expectAccessible(page);
    await screenshots(page, 'planner');
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await expect(page.getByTestId('cohort-note').textContent()).resolves.toContain(
      'cells under 10 people are withheld',
    );
    for (const cell of await page.getByTestId('cohort-cell').allTextContents())
      expect(cell).toMatch(/[0-9]$|Withheld \((small cell|protects another cell)\)$/);
    await expectAccessible(page);
    await context.close();
  });

  it("lets the SIP desk apply on a citizen's behalf, the health office review it, and the citizen follow it", async () => {
    const applicant = hub.healthWorkerNik!;
    const applicantLabel = `citizen ${applicant} (applicant for a SIP)`;
    const granted = await gql(
      await tokenOf(applicantLabel),
      'mutation { grantConsent(input: { clientId: "sip-online", purpose: "LICENSE_APPLICATION", scopes: [' +
        '"licensing.application", "population.identity", "population.address", "licensing.professional", ' +
        '"tax.compliance", "health.coverage"] }) { id } }',
    );
    expect(granted.errors).toBeUndefined();

    // The SIP desk, in English: only the practice location is asked; the rest comes from the graph.
    const deskContext = await browser.newContext();
    const desk = await deskContext.newPage();
    await desk.goto(`${base}/`);
    await desk.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await signIn(desk, OFFICER, 'Sign in');
    await desk.getByLabel('NIK', { exact: true }).fill(applicant);
    await desk.getByRole('button', { name: 'Look up', exact: true }).click();
    const form = desk.getByRole('form', { name: "Apply for a SIP on the citizen's behalf" });
    await form.getByLabel('Name of the facility or practice').fill('Klinik Pratama Sehat Bersama');
    await form.getByLabel('Regency or city code (PP.RR)').fill('31.74');
    await form.getByRole('button', { name: 'Apply', exact: true }).click();
    await form.getByRole('status').getByText('Application submitted: Submitted').waitFor();
    await desk.getByTestId('application').filter({ hasText: 'Klinik Pratama Sehat Bersama' }).waitFor();
    await expectAccessible(desk);
    await deskContext.close();

    // The regency's health office verifies it, then approves it with a note: the SIP is issued.
    const officeContext = await browser.newContext();
    const office = await officeContext.newPage();
    await office.goto(`${base}/`);
    await signIn(office, 'officer of dinkes-console (reviews SIP applications), LICENSE_APPLICATION');
    await office.getByLabel('NIK', { exact: true }).fill(applicant);
    await office.getByRole('button', { name: 'Cari', exact: true }).click();
    const application = office.getByTestId('application').filter({ hasText: 'Klinik Pratama Sehat Bersama' });
    await application.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    await application.getByText('Diverifikasi', { exact: true }).waitFor();
    await application.getByLabel('Catatan pemeriksa').fill('Dokumen lengkap');
    await application.getByRole('button', { name: 'Setujui dan terbitkan SIP' }).click();
    await application.getByText(/^Disetujui · SIP terbit: SIP\//).waitFor();
    await expectAccessible(office);
    await screenshots(office, 'officer-review');
    await officeContext.close();

    // The citizen follows it in their page: each step with its date, the SIP issued.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await signIn(page, applicantLabel);
    const mine = page.getByTestId('application').filter({ hasText: 'Klinik Pratama Sehat Bersama' });
    await mine.waitFor();
    const steps = await mine.getByTestId('application-step').allTextContents();
    expect(steps).toEqual([
      expect.stringMatching(/ · Diajukan$/),
      expect.stringMatching(/ · Diverifikasi$/),
      expect.stringMatching(/ · Disetujui · Dokumen lengkap$/),
    ]);
    await expect(mine.textContent()).resolves.toMatch(/SIP terbit: SIP\//);
    await context.close();
  });

  it('lets a steward dry-run a rule change over the last 30 days, save it, and see it in the history', async () => {
    // An officer's read of JKN coverage under a citizen's consent: what the change would have refused.
    const person = hub.sampleNiks[1];
    const granted = await gql(
      await tokenOf(`citizen ${person}`),
      'mutation { grantConsent(input: { clientId: "sip-online", purpose: "LICENSE_APPLICATION", ' +
        'scopes: ["population.identity", "health.coverage"] }) { id } }',
    );
    expect(granted.errors).toBeUndefined();
    const coverage = 'query ($nik: NIK!) { citizen(nik: $nik) { bpjsMembership { status } } }';
    expect((await gql(await tokenOf(OFFICER), coverage, { nik: person })).errors).toBeUndefined();

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await signIn(page, 'steward');
    await page.getByRole('heading', { name: 'Aturan akses yang berlaku', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ubah: SIP Online, Permohonan izin', exact: true }).click();
    const editor = page.getByRole('region', { name: /^Ubah aturan/ });
    // SIP Online no longer needs JKN coverage: the officers' reads of it over the last 30 days would be refused.
    await editor.getByRole('checkbox', { name: /health\.coverage/ }).uncheck();
    const save = editor.getByRole('button', { name: 'Simpan aturan', exact: true });
    await editor.getByLabel('Alasan', { exact: true }).fill('JKN coverage is checked by BPJS at the counter now');
    await expect(save.isDisabled()).resolves.toBe(true);
    await editor.getByRole('button', { name: 'Uji coba atas 30 hari terakhir' }).click();
    const dryRun = editor.getByTestId('dry-run');
    await expect(dryRun.textContent()).resolves.toMatch(/^[0-9.]+ permintaan petugas atas [0-9.]+ orang sejak /);
    const changes = await dryRun.getByTestId('dry-run-change').allTextContents();
    expect(changes).toEqual([expect.stringMatching(/^health\.coverageakan ditolak[1-9]/)]);
    await expectAccessible(page);
    await save.click();
    await editor.getByText('Aturan disimpan sebagai versi baru; berlaku mulai permintaan berikutnya.').waitFor();
    const history = page.getByTestId('rule-history');
    await history.getByRole('columnheader', { name: '2', exact: true }).waitFor();
    const versions = history.getByRole('row', { name: /^health\.coverage/ });
    await expect(versions.getByRole('cell').allTextContents()).resolves.toEqual(['–', '✓']);
    await expect(page.getByTestId('steward-change').first().textContent()).resolves.toContain(
      'JKN coverage is checked by BPJS at the counter now',
    );
    await screenshots(page, 'steward');

    // A new purpose of use, and a stricter disclosure control for planners, each with its reason.
    const purposes = page.getByRole('form', { name: 'Tetapkan atau ubah tujuan penggunaan' });
    await purposes.getByLabel('Kode tujuan (huruf besar)').fill('HOUSING_AID');
    await purposes.getByLabel('Nama tujuan').fill('Housing aid');
    await purposes.getByLabel('Uraian tujuan').fill('Rumah tidak layak huni: verifikasi calon penerima');
    await purposes.getByLabel('Alasan', { exact: true }).fill('Program perumahan kabupaten disetujui');
    await purposes.getByRole('button', { name: 'Simpan tujuan' }).click();
    await purposes.getByRole('status').getByText('Tujuan disimpan.').waitFor();
    // In the catalogue from now on.
    await purposes
      .getByLabel('Tujuan', { exact: true })
      .locator('option', { hasText: 'Housing aid' })
      .waitFor({ state: 'attached' });
    const disclosure = page.getByRole('form', { name: 'Pengendalian pengungkapan untuk perencana' });
    await disclosure.getByLabel('Ukuran sel terkecil yang diterbitkan').fill('12');
    await disclosure.getByLabel('Alasan', { exact: true }).fill('Kabupaten kecil: sel lebih besar');
    await disclosure.getByRole('button', { name: 'Simpan pengendalian' }).click();
    await page
      .getByTestId('disclosure-in-force')
      .getByText(/^Versi 2 berlaku: sel di bawah 12 orang disembunyikan/)
      .waitFor();
    const planner = await tokenOf('planner, STATISTICS');
    const control = await gql(planner, '{ disclosureControl { version minCellSize reason } }');
    expect(control.data).toEqual({
      disclosureControl: { version: 2, minCellSize: 12, reason: 'Kabupaten kecil: sel lebih besar' },
    });
    await expectAccessible(page);
    // The officers of SIP Online are refused JKN coverage from the next request.
    const officer = await tokenOf(OFFICER);
    const refused = await gql(officer, coverage, { nik: person });
    expect(refused.errors?.[0]?.extensions?.code).toBe('PURPOSE_NOT_ALLOWED');

    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'Access rules in force', exact: true }).waitFor();
    await expect(history.locator('caption').textContent()).resolves.toBe("The rule's versions");
    await expectAccessible(page);
    await context.close();
  });

  it('can be used with the keyboard alone, the focused control always outlined', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Masuk sebagai pengguna demonstrasi' }).waitFor();
    const focused = () =>
      page.evaluate<{ id: string; text: string; outline: string }>(
        `(() => { const e = document.activeElement;
          return { id: e.id, text: e.textContent.trim(), outline: getComputedStyle(e).outlineStyle }; })()`,
      );
    // From the top of the page: the language, the caller, the sign-in button.
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ id: 'language', outline: 'solid' });
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ id: 'caller', outline: 'solid' });
    await page.keyboard.type('officer of puskesmas');
    await expect(page.getByLabel('Pengguna', { exact: true }).inputValue()).resolves.toBe(
      String(callers.find((caller) => caller.label === 'officer of puskesmas-app, HEALTH_SERVICE')!.id),
    );
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ text: 'Masuk', outline: 'solid' });
    await page.keyboard.press('Enter');
    // The counter: Tab to the NIK field, type, Enter looks up.
    await page.getByRole('heading', { name: 'Cari warga', exact: true }).waitFor();
    for (let i = 0; i < 5 && (await focused()).id !== 'lookup-nik'; i += 1) await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ id: 'lookup-nik', outline: 'solid' });
    await page.keyboard.type(hub.sampleNiks[2]);
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'JKN (BPJS Kesehatan)' }).getByText('Aktif').first().waitFor();
    await context.close();
  });

  it('tells a signed-in citizen when the session has ended', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Tokens last 15 minutes: the page's clock is moved past that instead of waiting.
    await page.clock.install();
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { name: 'Data saya', exact: true }).waitFor();
    await page.clock.runFor(16 * 60 * 1000);
    await page.getByText('Sesi Anda berakhir. Silakan masuk lagi.').waitFor();
    await expect(page.getByRole('heading', { name: 'Data saya', exact: true }).count()).resolves.toBe(0);
    await context.close();
  });
});
