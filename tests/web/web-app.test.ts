import { createHash, createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startHub, type RunningHub } from '../../app/start';
import { parseCsvRows } from '../../hub/csv';
import { developmentHubConfig, expectAccessible, launchChromium } from '../support/browser';
import { eventually } from '../support/eventually';
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

  it('gives a citizen a signed copy of their data, checked in the page and by anyone from the files', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await signIn(page, `citizen ${nik}`);
    const identity = page.getByRole('article', { name: 'Identitas' });
    const shownName = await identity.locator('.field', { hasText: 'Nama lengkap' }).locator('dd').textContent();
    expect(shownName).toBe(fullName);
    const download = async (button: ReturnType<Page['getByRole']>) => {
      const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const bytes = readFileSync((await file.path())!);
      return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
    };

    const copy = page.getByRole('region', { name: 'Salinan data saya' });
    await copy.getByRole('button', { name: 'Buat salinan', exact: true }).click();
    const verdict = copy.getByTestId('copy-signature');
    await verdict.getByText(/^Tanda tangan hub sah \(kunci [0-9a-f]{16}\)/).waitFor();
    await expect(copy.getByTestId('copy-status').textContent()).resolves.toMatch(/^Salinan dibuat /);
    await expectAccessible(page);
    await screenshots(page, 'data-copy');

    // The document as the hub signed it: about the signed-in citizen, its bytes under the hub's Ed25519 signature.
    const json = await download(copy.getByRole('button', { name: 'Unduh dokumen (JSON)' }));
    expect(json.name).toMatch(/^citizen360-data-[0-9]{4}-[0-9]{2}-[0-9]{2}\.json$/);
    const document = JSON.parse(json.text) as {
      subject: { nik: string };
      controller: { keyId: string };
      files: { name: string; sha256: string }[];
    };
    expect(document.subject.nik).toBe(nik);
    const signed = JSON.parse((await download(copy.getByRole('button', { name: 'Unduh tanda tangan (.sig)' }))).text);
    expect(signed).toMatchObject({ document: json.name, keyId: document.controller.keyId });
    const note = `citizen360 data export\n${createHash('sha256').update(json.bytes).digest('base64')}\n`;
    const key = createPublicKey(signed.publicKey);
    expect(verify(null, Buffer.from(note), key, Buffer.from(signed.signature, 'base64'))).toBe(true);
    await expect(verdict.textContent()).resolves.toContain(`(kunci ${signed.keyId})`);

    // The population register's CSV, as the document lists it, holds the name the page shows.
    const csv = await download(
      copy
        .getByTestId('copy-file')
        .filter({ hasText: /^Dukcapil/ })
        .getByRole('button'),
    );
    expect(document.files).toContainEqual(
      expect.objectContaining({ name: csv.name, sha256: createHash('sha256').update(csv.bytes).digest('hex') }),
    );
    expect(csv.text.split('\r\n')[0]).toBe('path,value,scope,agency,system,as_of');
    expect(parseCsvRows(csv.text)).toContainEqual([
      'citizen.fullName',
      shownName,
      'population.identity',
      expect.stringMatching(/^Dukcapil/),
      expect.any(String),
      expect.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T/),
    ]);

    // Its making is on the citizen's access log; the same section in English.
    await page.getByTestId('access-entry').filter({ hasText: 'Salinan data dibuat' }).first().waitFor();
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page
      .getByRole('region', { name: 'A copy of my data' })
      .getByText(`The hub's signature checks out (key ${signed.keyId})`, { exact: false })
      .waitFor();
    await context.close();
  });

  it('lets a citizen object to an automated decision, shown as not final until Kemensos reviews it', async () => {
    // The first sample citizen lives in a DTSEN household: the hub decides PKH, BPNT and PBI-JK for them.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await signIn(page, `citizen ${nik}`);
    const rights = page.getByRole('region', { name: 'Hak saya atas data' });
    const pkh = rights.getByTestId('decision').filter({ hasText: 'Program Keluarga Harapan (PKH)' });
    await pkh.waitFor();
    await expect(rights.getByTestId('decision').count()).resolves.toBe(3);
    await expect(pkh.getAttribute('data-status')).resolves.toBe('FINAL');
    const automated = (await pkh.getByTestId('decision-outcome').textContent())!;
    expect(automated).toMatch(/^(Layak|Tidak layak) · aturan versi [0-9]+$/);
    await expect(pkh.textContent()).resolves.toMatch(
      /Diputuskan dari: Desil kesejahteraan [0-9]+, batas [0-9]+; sektor pekerjaan anggota: .+; sektor yang dikecualikan:/,
    );
    await expect(pkh.getByTestId('decision-status').textContent()).resolves.toBe(
      'Final: diputuskan otomatis oleh aturan',
    );

    // The objection: a reason is required, its length counted.
    await pkh.getByRole('button', { name: 'Ajukan keberatan', exact: true }).click();
    const form = pkh.getByRole('form', { name: 'Ajukan keberatan: Program Keluarga Harapan (PKH)' });
    const send = form.getByRole('button', { name: 'Kirim keberatan' });
    await expect(send.isDisabled()).resolves.toBe(true);
    const REASON = 'Suami saya sudah tidak bekerja sejak Maret; penghasilan kami di bawah UMR.';
    await form.getByLabel('Alasan keberatan').fill(REASON);
    await expect(form.getByText(`${REASON.length} / 2.000 karakter`).count()).resolves.toBe(1);
    await expectAccessible(page);
    await send.click();
    await rights
      .getByTestId('objection-sent')
      .getByText(/^Keberatan atas Program Keluarga Harapan \(PKH\) diterima\. Keputusan itu belum final/)
      .waitFor();
    // Under review, never shown as final, and no second objection offered.
    await pkh.and(page.locator('[data-status=CONTESTED]')).waitFor();
    await expect(pkh.getByTestId('decision-status').textContent()).resolves.toMatch(
      /^Sedang diperiksa ulang oleh petugas Kementerian Sosial — belum final · diperiksa paling lambat /,
    );
    await expect(pkh.textContent()).resolves.not.toContain('Final');
    await expect(pkh.textContent()).resolves.toContain(`Keberatan Anda (`);
    await expect(pkh.getByRole('button', { name: 'Ajukan keberatan' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshots(page, 'citizen-rights');

    // Kemensos reviews it: the decision's inputs, its rule, the citizen's reason; overturned with a reason.
    const officerContext = await browser.newContext();
    const desk = await officerContext.newPage();
    await desk.goto(`${base}/`);
    await signIn(desk, 'officer of siks-ng, SOCIAL_ASSISTANCE');
    await desk.getByRole('tab', { name: 'Keberatan atas keputusan otomatis', exact: true }).click();
    const objection = desk.getByTestId('queue-objection').filter({ hasText: nik });
    await objection.waitFor();
    const shown = (await objection.textContent())!;
    expect(shown).toContain(`${fullName} · NIK ${nik}`);
    expect(shown).toContain(`ProgramProgram Keluarga Harapan (PKH)`);
    expect(shown).toContain(`Keputusan otomatis${automated}`);
    expect(shown).toContain(`Alasan warga${REASON}`);
    expect(shown).toMatch(/Diputuskan dariDesil kesejahteraan [0-9]+, batas [0-9]+/);
    const REVIEW = 'Kunjungan lapangan 12 Desember: suami tidak bekerja; rumah tangga memenuhi syarat PKH.';
    await objection.getByLabel('Alasan (dibaca warga)').fill(REVIEW);
    await expectAccessible(desk);
    await screenshots(desk, 'officer-objections');
    await objection.getByRole('button', { name: 'Balikkan keputusan', exact: true }).click();
    await desk
      .getByTestId('objection-queue-answered')
      .getByText(`Pemeriksaan disimpan: Program Keluarga Harapan (PKH), ${fullName} · NIK ${nik}: Dibalik.`)
      .waitFor();
    await desk.getByText('Tidak ada keberatan yang menunggu pemeriksaan.').waitFor();
    await officerContext.close();

    // The citizen, back on their page: the officer's outcome, reason, and the decision reversed.
    await page.reload();
    await signIn(page, `citizen ${nik}`);
    await pkh.and(page.locator('[data-status=REVIEWED_OVERTURNED]')).waitFor();
    await expect(pkh.getByTestId('decision-status').textContent()).resolves.toBe(
      'Diperiksa ulang oleh petugas Kementerian Sosial: keputusan otomatis dibalik',
    );
    await expect(pkh.getByTestId('review-reason').textContent()).resolves.toBe(`Alasan petugas: ${REVIEW}`);
    const reversed = automated.startsWith('Layak')
      ? automated.replace(/^Layak/, 'Tidak layak')
      : automated.replace(/^Tidak layak/, 'Layak');
    await expect(pkh.getByTestId('decision-outcome').textContent()).resolves.toBe(reversed);
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await expect(
      page
        .getByRole('region', { name: 'My rights over my data' })
        .getByTestId('decision')
        .filter({ hasText: 'Program Keluarga Harapan' })
        .getByTestId('decision-status')
        .textContent(),
    ).resolves.toBe('Reviewed by an officer of the Ministry of Social Affairs: the automated decision is reversed');
    await expectAccessible(page);
    await context.close();
  });

  it("lets a citizen ask for a correction of their name, the agency's officer reject it, and the citizen read why", async () => {
    const person = hub.sampleNiks[2];
    const {
      rows: [{ full_name: personName }],
    } = await database.pool.query('select full_name from population.citizen where nik = $1', [person]);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await signIn(page, `citizen ${person}`);
    const rights = page.getByRole('region', { name: 'Hak saya atas data' });
    await rights.getByText('Anda belum meminta perbaikan data.').waitFor();
    const form = rights.getByRole('form', { name: 'Minta perbaikan data' });
    // The datum is chosen with the value on record; the rest is required.
    await form.getByLabel('Data yang salah (nilai tercatat)').selectOption({ label: `Nama lengkap: ${personName}` });
    const send = form.getByRole('button', { name: 'Kirim permintaan perbaikan' });
    await expect(send.isDisabled()).resolves.toBe(true);
    await form.getByLabel('Nilai yang benar').fill(`${personName} Saputra`);
    await form.getByLabel('Yang menunjukkannya (mis. Akta kelahiran)').fill('Akta kelahiran no. 3204-LT-0001');
    await send.click();
    await form
      .getByTestId('correction-sent')
      .getByText(/^Permintaan perbaikan Nama lengkap dikirim ke Dukcapil \(Kemendagri\); dijawab paling lambat /)
      .waitFor();
    const mine = rights.getByTestId('correction').filter({ hasText: 'Nama lengkap' });
    await expect(mine.getByTestId('correction-status').textContent()).resolves.toMatch(
      /^Menunggu · Dukcapil \(Kemendagri\) · dijawab paling lambat .+[0-9]{2}[.:][0-9]{2}$/,
    );
    await expect(mine.textContent()).resolves.toContain(`Nilai yang diusulkan${personName} Saputra`);
    // One waiting per datum: the name is no longer offered.
    await expect(
      form.getByRole('option', { name: `Nama lengkap: ${personName} (menunggu jawaban)` }).isDisabled(),
    ).resolves.toBe(true);
    await expectAccessible(page);

    // The puskesmas reads identity as a public task: its officer sees the name disputed, and answers for Dukcapil's
    // register in the correction queue.
    const officerContext = await browser.newContext();
    const desk = await officerContext.newPage();
    await desk.goto(`${base}/`);
    await signIn(desk, 'officer of puskesmas-app, HEALTH_SERVICE');
    await desk.getByLabel('NIK', { exact: true }).fill(person);
    await desk.getByRole('button', { name: 'Cari', exact: true }).click();
    await expect(desk.getByTestId('pending-corrections').textContent()).resolves.toMatch(
      /Nama lengkap \(Dukcapil \(Kemendagri\)\): dijawab paling lambat /,
    );
    await desk.getByRole('tab', { name: 'Permintaan perbaikan', exact: true }).click();
    const queued = desk.getByTestId('queue-correction').filter({ hasText: person });
    await queued.waitFor();
    const shown = (await queued.textContent())!;
    expect(shown).toContain(`${personName} · NIK ${person}`);
    expect(shown).toContain('DataNama lengkap (citizen.fullName)');
    expect(shown).toContain(`Nilai yang diusulkan${personName} Saputra`);
    expect(shown).toContain('BuktiAkta kelahiran no. 3204-LT-0001');
    expect(shown).toMatch(/dijawab paling lambat /);
    const reject = queued.getByRole('button', { name: 'Tolak', exact: true });
    await expect(reject.isDisabled()).resolves.toBe(true);
    const WHY = 'Nama di akta kelahiran sama dengan yang tercatat; nama tambahan perlu penetapan pengadilan.';
    await queued.getByLabel('Alasan (dibaca warga)').fill(WHY);
    await expectAccessible(desk);
    await screenshots(desk, 'officer-corrections');
    await reject.click();
    await desk
      .getByTestId('correction-queue-answered')
      .getByText(`Jawaban disimpan: Nama lengkap, ${personName} · NIK ${person}: Ditolak.`)
      .waitFor();
    await desk.getByText('Tidak ada permintaan perbaikan untuk instansi Anda').waitFor();
    await officerContext.close();

    // The citizen reads the answer; the notification of it (the notifier's next round) leads to the section.
    const citizen = await tokenOf(`citizen ${person}`);
    const inbox = await eventually(
      () => gql(citizen, '{ me { notifications(first: 20) { kind link } } }'),
      ({ data }) => JSON.stringify(data).includes('"kind":"RIGHTS_ANSWER","link":"rights"'),
    );
    expect(JSON.stringify(inbox.data)).toContain('"kind":"RIGHTS_ANSWER","link":"rights"');
    await page.reload();
    await signIn(page, `citizen ${person}`);
    const answered = rights.getByTestId('correction').filter({ hasText: 'Nama lengkap' });
    await answered.getByTestId('correction-status').getByText('Ditolak · Dukcapil (Kemendagri)').waitFor();
    await expect(answered.textContent()).resolves.toContain(`Jawaban instansi${WHY}`);
    await page.getByRole('tab', { name: /^Notifikasi/ }).click();
    const notice = page.getByTestId('notification').filter({ hasText: 'answered your correction' });
    await notice.getByRole('button', { name: 'Buka' }).click();
    await page.getByRole('heading', { name: 'Hak saya atas data', exact: true }).waitFor();
    // Scrolled to the section's heading (to a fraction of a pixel).
    await page.waitForFunction(`Math.abs(document.getElementById('my-rights').getBoundingClientRect().top) < 2`);
    await expectAccessible(page);
    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page
      .getByRole('region', { name: 'My rights over my data' })
      .getByTestId('correction-status')
      .getByText('Rejected · Dukcapil (Kemendagri)')
      .waitFor();
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

  it("shows a steward the month's data subjects' requests by kind and what is overdue, and exports them", async () => {
    // Earlier tests made this month a copy of data (delivered), a correction (rejected) and an objection (overturned).
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await signIn(page, 'steward');
    await page.getByRole('tab', { name: 'Hak subjek data', exact: true }).click();
    const report = page.getByRole('tabpanel', { name: 'Hak subjek data' });
    await expect(report.getByLabel('Bulan', { exact: true }).inputValue()).resolves.toBe(month);
    const table = report.getByRole('table', { name: /^Permintaan subjek data, / });
    await table.waitFor();
    await expect(table.getByRole('rowheader').allTextContents()).resolves.toEqual([
      'Salinan data (Pasal 7, 13)',
      'Perbaikan (Pasal 6)',
      'Keberatan atas keputusan otomatis (Pasal 10)',
    ]);
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name} `) });
    const received = async (name: string) => Number(await row(name).getByTestId('received').textContent());
    await expect(received('Salinan data')).resolves.toBeGreaterThanOrEqual(1);
    await expect(received('Perbaikan')).resolves.toBeGreaterThanOrEqual(1);
    await expect(received('Keberatan')).resolves.toBeGreaterThanOrEqual(1);
    await row('Salinan data')
      .getByText(/^Terkirim [1-9]/)
      .waitFor();
    await row('Perbaikan')
      .getByText(/^Ditolak [1-9]/)
      .waitFor();
    await row('Keberatan')
      .getByText(/^Dibalik [1-9]/)
      .waitFor();
    await expect(row('Keberatan').getByTestId('answered-in-time').textContent()).resolves.toMatch(/^[1-9][0-9]* \(/);
    // Nothing has waited 3 x 24 hours yet.
    await report
      .getByRole('status')
      .getByText('Tidak ada permintaan yang lewat batas waktu', { exact: true })
      .waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: 'Unduh CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`rights-requests-${month}.csv`);
    const csv = parseCsvRows(readFileSync((await download.path())!, 'utf8'));
    expect(csv[0]).toEqual([
      'month',
      'kind',
      'received',
      'answered',
      'answered_in_time',
      'share_answered_in_time',
      'open',
      'overdue',
      'outcome_delivered',
      'outcome_failed',
      'outcome_accepted',
      'outcome_rejected',
      'outcome_upheld',
      'outcome_overturned',
      'median_hours_to_answer',
    ]);
    expect(csv.slice(1).map((line) => line.slice(0, 2))).toEqual([
      [month, 'DATA_EXPORT'],
      [month, 'CORRECTION'],
      [month, 'OBJECTION'],
    ]);
    expect(Number(csv[2][11])).toBeGreaterThanOrEqual(1);
    expect(Number(csv[3][13])).toBeGreaterThanOrEqual(1);
    // A correction is never DELIVERED: the column is left empty, not 0.
    expect(csv[2][8]).toBe('');

    // A correction Dukcapil has not answered for four days: overdue, listed with its agency and how late it is.
    const asked = new Date(Date.now() - 4 * 24 * 3_600_000);
    const {
      rows: [planted],
    } = await database.pool.query(
      `insert into consent.rights_request (id, kind, nik, agency, received_at, due_at, detail)
       values (gen_random_uuid(), 'CORRECTION', $1, 'Dukcapil (Kemendagri)', $2, $3, '{}') returning id`,
      [hub.sampleNiks[1], asked, new Date(asked.getTime() + 72 * 3_600_000)],
    );
    await report.getByRole('button', { name: 'Tampilkan laporan', exact: true }).click();
    const overdue = report.getByRole('table', { name: 'Permintaan yang lewat batas waktu: 1' });
    await overdue.waitFor();
    await expect(overdue.getByTestId('rights-overdue-request').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Perbaikan \(Pasal 6\)Dukcapil \(Kemendagri\).+1 hari 0 jam$/),
    ]);
    await expect(overdue.textContent()).resolves.not.toContain(hub.sampleNiks[1]);
    await expectAccessible(page);

    await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'Overdue', exact: true }).waitFor();
    await page
      .getByRole('table', { name: /^Data subjects' requests, / })
      .getByRole('row', { name: /^Corrections \(Pasal 6\)/ })
      .getByText(/^Rejected [1-9]/)
      .waitFor();
    await expect(page.getByTestId('rights-overdue-request').textContent()).resolves.toMatch(/^Corrections.+1 d 0 h$/);
    await expectAccessible(page);
    await database.pool.query('delete from consent.rights_request where id = $1', [planted.id]);
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
