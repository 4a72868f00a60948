import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHub, type RunningHub } from '../../app/start';
import { developmentHubConfig, expectAccessible, launchChromium } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { plantHealthWorker } from '../support/fixtures';
import { sampleNiks, seedPopulation } from '../../seeds/load';

// The MPP services in the web app, in headless Chromium, signed in through the development sign-in: a citizen
// finds MPP Kota Bandung's services, applies for PBI-JK and for an NIB entering only the business name and its KBLI
// (the registers fill in the rest: the same name and address as their profile); the back office verifies and
// completes the PBI-JK; the citizen follows it, answers the satisfaction survey and files a complaint, which the
// back office answers and exports for SP4N-LAPOR!; the citizen reads the answer and their notifications; and a
// planner's performance report counts it all, with an IKM and its grade, and downloads as CSV. Every page passes
// axe-core without a serious or critical violation, and no URL a page asks for holds a NIK.
const ROOT = resolve(__dirname, '../..');
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
const BACK_OFFICE = 'officer of mpp-backoffice (decides MPP applications and complaints), PUBLIC_SERVICE';
const BUSINESS = 'Kedai Kopi Sejahtera';
const COMPLAINT = 'Surat usulan belum diterima';
const ANSWER = 'Surat usulan sudah dikirim ke Dinas Sosial; salinannya dapat diambil di loket 4.';
/** The survey's scores, U1 to U9: 33 of 36, an index of 3.67, an IKM of 91.67 (A). */
const SCORES = [4, 3, 4, 3, 4, 4, 4, 3, 4];
const ELEMENTS = [
  'Persyaratan',
  'Prosedur',
  'Waktu penyelesaian',
  'Biaya/tarif',
  'Produk',
  'Kompetensi pelaksana',
  'Perilaku pelaksana',
  'Penanganan pengaduan',
  'Sarana dan prasarana',
];
const LABELS = ['', 'Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik'];

let database: TestDatabase;
let hub: RunningHub;
let browser: Browser;
let base: string;
/** The first citizen the sign-in offers, made eligible for PBI-JK. */
let nik: string;
let profile: { fullName: string; street: string; rt: string; rw: string; village: string };
/** A low-risk KBLI the citizen holds no NIB for. */
let kbli: string;
let callers: { id: number; label: string }[];
const urls: string[] = [];
const contexts: BrowserContext[] = [];
let citizen: Page;
let office: Page;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html')))
    throw new Error('web/dist is not built: run `npm run build:web` (npm install does it)');
  database = await createTestDatabase('web_services');
  const { pool } = database;
  await seedPopulation(pool, { citizens: 300, seed: 'citizen360' });
  await plantHealthWorker(pool);
  // The first sample citizen is the one the sign-in offers first: made eligible for PBI-JK (a household within the
  // cut-off, nobody in it in an excluded sector, not a PBI-JK member already).
  [nik] = await sampleNiks(pool, 3);
  const household = 'select household_id from regsosek.household_member where nik = $1';
  await pool.query(`update regsosek.household set welfare_decile = 2 where id in (${household})`, [nik]);
  await pool.query(
    `update regsosek.household_member set employment_sector = 'PRIVATE' where household_id in (${household})
        and employment_sector in ('GOVERNMENT', 'MILITARY_POLICE', 'STATE_ENTERPRISE')`,
    [nik],
  );
  await pool.query(`update health.membership set segment = 'PBPU' where nik = $1 and segment like 'PBI%'`, [nik]);
  ({
    rows: [{ kbli }],
  } = await pool.query(
    `select k.kbli from unnest(array['56303', '56103', '47711', '96011']) as k(kbli)
      where not exists (select 1 from licensing.business b join licensing.business_activity a on a.nib = b.nib
                         where b.owner_nik = $1 and a.kbli = k.kbli)
      limit 1`,
    [nik],
  ));
  hub = await startHub(developmentHubConfig(database.url));
  base = hub.url.replace(/\/graphql$/, '');
  expect(hub.sampleNiks[0]).toBe(nik);
  callers = ((await (await fetch(`${base}/explorer/callers`)).json()) as { callers: typeof callers }).callers;
  // The citizen's name and address as the graph gives them to the citizen: what the applications must repeat.
  const me = await gql(
    await tokenOf(`citizen ${nik}`),
    '{ me { citizen { fullName address { street rt rw village { name } } } } }',
  );
  const { fullName, address } = (
    me.data as {
      me: {
        citizen: { fullName: string; address: { street: string; rt: string; rw: string; village: { name: string } } };
      };
    }
  ).me.citizen;
  profile = { fullName, street: address.street, rt: address.rt, rw: address.rw, village: address.village.name };
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
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
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

/** A page in a context of its own, every URL it asks for kept, signed in as `label`. */
async function signedIn(label: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(`${base}/`);
  await page.getByLabel('Pengguna', { exact: true }).selectOption({ label });
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  return page;
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

/** The value of the labelled row `label` of a field list. */
const valueOf = (page: Page, scope: string, label: string) =>
  page
    .getByTestId(scope)
    .getByTestId('prefilled-field')
    .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition')
    .textContent();

/** The text of the element an element's aria-describedby names. */
async function descriptionOf(page: Page, element: ReturnType<Page['getByRole']>) {
  const id = await element.getAttribute('aria-describedby');
  return page.locator(`[id="${id}"]`).textContent();
}

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('the MPP services pages', () => {
  it('let a citizen find the catalogue and apply for PBI-JK and an NIB, entering only the business', async () => {
    citizen = await signedIn(`citizen ${nik}`);
    await citizen.getByRole('heading', { name: 'Data saya', exact: true }).waitFor();
    await citizen.getByRole('tab', { name: 'Layanan MPP', exact: true }).click();
    const catalogue = citizen.getByRole('form', { name: 'Katalog layanan MPP' });
    await catalogue.getByLabel('Kode kabupaten/kota (PP.RR)').fill('32.73');
    await catalogue.getByRole('button', { name: 'Tampilkan layanan' }).click();
    const bandung = citizen.getByRole('article', { name: 'MPP Kota Bandung' });
    await bandung.getByTestId('offering').nth(3).waitFor();
    const pbiOffering = bandung.getByTestId('offering').filter({ hasText: 'PBI-JK' });
    await expect(pbiOffering.getByTestId('fee').textContent()).resolves.toBe('Gratis');
    await expect(pbiOffering.getByTestId('standard').textContent()).resolves.toMatch(/^[0-9]+ hari kerja$/);
    await expect(pbiOffering.textContent()).resolves.toContain('Desil kesejahteraan rumah tangga di DTSEN');
    await expectAccessible(citizen);
    await screenshots(citizen, 'services-catalogue');

    // PBI-JK: nothing to enter; the registers fill it in.
    await bandung.getByRole('button', { name: 'Ajukan PBI-JK di sini' }).click();
    const form = citizen.getByRole('form', { name: 'Ajukan permohonan layanan' });
    await expect(form.getByLabel('MPP', { exact: true }).inputValue()).resolves.toBe('mpp-3273');
    await expect(form.getByLabel('Layanan', { exact: true }).inputValue()).resolves.toBe('PBI_JK');
    await expect(form.getByTestId('entered-once').textContent()).resolves.toMatch(/^Data dimasukkan sekali: /);
    await expect(form.getByRole('textbox').count()).resolves.toBe(0);
    await form.getByRole('button', { name: 'Ajukan', exact: true }).click();
    const result = citizen.getByTestId('application-result');
    await result
      .getByText(/^Permohonan diajukan: PBI-JK · MPP Kota Bandung · Tenggat [0-9]{1,2} \w+ [0-9]{4}$/)
      .waitFor();
    await expect(valueOf(citizen, 'application-result', 'Nama lengkap')).resolves.toBe(profile.fullName);
    const checks = result.getByTestId('requirement');
    await expect(checks.count()).resolves.toBe(3);
    for (const check of await checks.all()) await expect(check.getAttribute('data-met')).resolves.toBe('true');
    // A second one while the first is open is refused, and the page says why.
    await form.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toMatch(
      /^Permohonan tidak dapat diajukan: an application for PBI_JK is already open/,
    );

    // An NIB: only the business name and its KBLI; name and address are the profile's.
    await form.getByLabel('Layanan', { exact: true }).selectOption('NIB_UMK');
    await form.getByLabel('Nama usaha').fill(BUSINESS);
    await form.getByLabel('Kode KBLI 2020 (5 angka)').fill(kbli);
    await expect(form.getByRole('textbox').count()).resolves.toBe(2);
    await form.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await result.getByText(/^Permohonan diajukan: NIB usaha mikro · MPP Kota Bandung · Tenggat /).waitFor();
    await expect(result.getByTestId('entered-field').first().textContent()).resolves.toBe(`Nama usaha${BUSINESS}`);
    await expect(valueOf(citizen, 'application-result', 'Nama lengkap')).resolves.toBe(profile.fullName);
    const address = await valueOf(citizen, 'application-result', 'Alamat');
    expect(address).toContain(`${profile.street}, RT ${profile.rt}/RW ${profile.rw}, ${profile.village}`);
    await expect(result.locator('[data-testid=requirement][data-met=true]').count()).resolves.toBe(3);

    const mine = citizen.getByTestId('service-application');
    await mine.nth(1).waitFor();
    await expect(mine.getByTestId('service-status').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Diajukan · Tenggat /),
      expect.stringMatching(/^Diajukan · Tenggat /),
    ]);
    await expectAccessible(citizen);
    await screenshots(citizen, 'services-apply');
  });

  it("let the back office verify and complete the PBI-JK from the MPP's queue", async () => {
    // Time passes for the NIB: its due date is behind it.
    await database.pool.query(
      `update services.application set due_on = current_date - 3 where nik = $1 and service = 'NIB_UMK'`,
      [nik],
    );
    office = await signedIn(BACK_OFFICE);
    await office.getByRole('tab', { name: 'Antrean permohonan', selected: true }).waitFor();
    const queue = office.getByTestId('queue-application');
    await queue.nth(1).waitFor();
    // Oldest first: the PBI-JK, then the NIB; each with what the registers filled in and its checks.
    await expect(queue.locator('h2').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^PBI-JK · Diajukan pada /),
      expect.stringMatching(/^NIB usaha mikro · Diajukan pada /),
    ]);
    await expect(queue.first().getByTestId('prefilled-field').first().textContent()).resolves.toBe(
      `Nama lengkap${profile.fullName}`,
    );
    await expect(queue.first().locator('[data-testid=requirement][data-met=true]').count()).resolves.toBe(3);
    // The overdue one says so in words.
    await expect(queue.getByTestId('overdue').allTextContents()).resolves.toEqual(['⚠ Melewati tenggat']);
    await expect(queue.nth(1).getByTestId('service-status').textContent()).resolves.toMatch(
      /^Diajukan · Tenggat .+ · ⚠ Melewati tenggat$/,
    );
    await expectAccessible(office);

    const pbi = queue.filter({ has: office.getByRole('heading', { name: /^PBI-JK · / }) });
    // A rejection needs a note: without one the button is off.
    await expect(pbi.getByRole('button', { name: 'Tolak permohonan' }).isDisabled()).resolves.toBe(true);
    await pbi.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    const decisions = office.getByTestId('decision');
    await decisions.getByText('Keputusan disimpan: PBI-JK, MPP Kota Bandung · Diverifikasi').waitFor();
    await pbi.getByTestId('service-status').getByText('Diverifikasi', { exact: true }).waitFor();
    await pbi.getByLabel('Catatan (wajib untuk menolak)').fill('Diusulkan ke Kemensos');
    await pbi.getByRole('button', { name: 'Selesaikan', exact: true }).click();
    await decisions
      .first()
      .getByText(/· Selesai · Hasil: PBI-JK proposal 3273\/[0-9]{4}\/[0-9A-F]{8}$/)
      .waitFor();
    // Completed, it leaves the queue.
    await pbi.waitFor({ state: 'detached' });
    await expect(queue.count()).resolves.toBe(1);
    await expectAccessible(office);
    await screenshots(office, 'services-queue');
  });

  it('let the citizen follow it to completion, answer the survey and file a complaint', async () => {
    await citizen.getByRole('tab', { name: 'Layanan MPP', exact: true }).click();
    const pbi = citizen
      .getByTestId('service-application')
      .filter({ has: citizen.getByRole('heading', { name: /^PBI-JK: / }) });
    await pbi
      .getByTestId('service-status')
      .getByText(/^Selesai · /)
      .waitFor();
    await expect(pbi.getByTestId('service-status').textContent()).resolves.toMatch(
      /^Selesai · Tenggat .+ · Hasil: PBI-JK proposal 3273\/[0-9]{4}\/[0-9A-F]{8}$/,
    );
    await expect(pbi.getByTestId('service-step').allTextContents()).resolves.toEqual([
      expect.stringMatching(/ · Diajukan$/),
      expect.stringMatching(/ · Diverifikasi$/),
      expect.stringMatching(/ · Selesai · Diusulkan ke Kemensos$/),
    ]);

    const survey = pbi.getByRole('form', { name: 'Survei kepuasan masyarakat (SKM)' });
    const send = survey.getByRole('button', { name: 'Kirim survei' });
    for (const [i, element] of ELEMENTS.entries()) {
      await expect(send.isDisabled()).resolves.toBe(true);
      const score = SCORES[i];
      await survey
        .getByRole('group', { name: `U${i + 1} ${element}` })
        .getByRole('radio', { name: `${score} ${LABELS[score]}` })
        .check();
    }
    await expectAccessible(citizen);
    await screenshots(citizen, 'services-citizen');
    await send.click();
    await pbi.getByTestId('survey-answered').waitFor();
    await expect(survey.count()).resolves.toBe(0);

    await pbi.getByRole('button', { name: 'Ajukan pengaduan' }).click();
    const complaint = pbi.getByRole('form', { name: 'Pengaduan tentang PBI-JK di MPP Kota Bandung' });
    await complaint.getByLabel('Kategori').selectOption('DELAY');
    await complaint.getByLabel('Judul (5-150 karakter)').fill(COMPLAINT);
    await complaint
      .getByLabel('Uraian (20-4.000 karakter)')
      .fill('Status permohonan sudah selesai, tetapi surat usulan PBI-JK belum saya terima.');
    await complaint.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await pbi
      .getByRole('status')
      .getByText(/^Pengaduan terkirim; jawaban paling lambat /)
      .waitFor();
    const filed = citizen.getByTestId('complaint').filter({ hasText: COMPLAINT });
    await expect(filed.getByTestId('complaint-status').textContent()).resolves.toMatch(
      /^Diterima · Melebihi standar waktu · PBI-JK, MPP Kota Bandung · /,
    );
    await expectAccessible(citizen);
  });

  it('let the back office answer the complaint, export it for LAPOR!, and see the report', async () => {
    await office.getByRole('tab', { name: 'Pengaduan', exact: true }).click();
    const desk = office.getByRole('tabpanel', { name: 'Pengaduan' });
    await desk.getByRole('button', { name: 'Perbarui', exact: true }).click();
    const open = desk.getByTestId('queue-complaint').filter({ hasText: COMPLAINT });
    await open.getByRole('textbox', { name: 'Tanggapan', exact: true }).fill(ANSWER);
    await open.getByRole('checkbox', { name: 'Tanggapan ini menjawab pengaduan (selesai)' }).check();
    await expect(open.getByTestId('complaint-status').textContent()).resolves.toMatch(/^Diterima · /);
    await expectAccessible(office);
    await screenshots(office, 'services-complaints');
    await open.getByRole('button', { name: 'Kirim tanggapan' }).click();
    await desk.getByTestId('responded').getByText(`Tanggapan terkirim: ${COMPLAINT} · Dijawab`).waitFor();
    await desk.getByText('Tidak ada pengaduan terbuka.').waitFor();

    // This month's complaints as SP4N-LAPOR! records: the complainant not named.
    const lapor = office.getByRole('region', { name: 'Ekspor ke SP4N-LAPOR!' });
    await lapor.getByRole('button', { name: 'Ambil pengaduan' }).click();
    await lapor.getByTestId('lapor-count').getByText('1 pengaduan dalam rentang ini.').waitFor();
    const json = await download(office, lapor.getByRole('button', { name: 'Unduh JSON' }));
    expect(JSON.parse(json)).toEqual([
      expect.objectContaining({
        title: COMPLAINT,
        category: 'DELAY',
        regencyCode: '32.73',
        channel: 'MPP Digital',
        confidential: true,
        status: 'Selesai',
        followUps: [expect.objectContaining({ content: ANSWER })],
      }),
    ]);
    expect(json).not.toContain(nik);
    expect(json).not.toContain(profile.fullName);
    const csv = (await download(office, lapor.getByRole('button', { name: 'Unduh CSV' }))).trim().split('\r\n');
    expect(csv[0]).toBe(
      'tracking_id,title,content,category,destination_agency,regency_code,submitted_at,channel,anonymous,' +
        'confidential,status,due_on,follow_ups',
    );
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(`,${COMPLAINT},`);
    await expectAccessible(office);

    await office.getByRole('tab', { name: 'Laporan kinerja MPP', exact: true }).click();
    const report = office.getByRole('tabpanel', { name: 'Laporan kinerja MPP' });
    await report.getByRole('button', { name: 'Tampilkan laporan' }).click();
    await report
      .locator('[data-testid=report-row][data-service=PBI_JK] [data-testid=answered]')
      .getByText('1 dari 1 dijawab')
      .waitFor();
    await expectAccessible(office);
  });

  it('let the citizen read the answer and their notifications, and mark them read', async () => {
    await citizen.getByRole('tab', { name: 'Layanan MPP', exact: true }).click();
    const filed = citizen.getByTestId('complaint').filter({ hasText: COMPLAINT });
    await filed
      .getByTestId('complaint-status')
      .getByText(/^Dijawab · /)
      .waitFor();
    await expect(filed.getByTestId('complaint-response').textContent()).resolves.toContain(
      ` · Instansi · Dijawab: ${ANSWER}`,
    );
    await filed.getByLabel('Kata penutup (tidak wajib)').fill('Terima kasih, sudah saya ambil.');
    await filed.getByRole('button', { name: 'Tutup pengaduan' }).click();
    await filed
      .getByTestId('complaint-status')
      .getByText(/^Ditutup · /)
      .waitFor();

    // The unread count is in the tab's name.
    const tab = citizen.getByRole('tab', { name: /^Notifikasi \([0-9]+ belum dibaca\)$/ });
    const unread = Number(/\(([0-9]+) /.exec((await tab.textContent())!)![1]);
    expect(unread).toBeGreaterThan(0);
    await tab.click();
    const inbox = citizen.getByTestId('notification');
    const completed = inbox.filter({ hasText: 'Application completed: Enrolment proposal' });
    const answered = inbox.filter({ hasText: `Complaint answered: ${COMPLAINT}` });
    await answered.waitFor();
    await expect(completed.getAttribute('data-read')).resolves.toBe('false');
    await expect(completed.textContent()).resolves.toContain('Belum dibaca');
    await expectAccessible(citizen);
    await screenshots(citizen, 'services-notifications');

    // One, then all: each notification there before is read (the inbox may have received new ones since).
    await answered.getByRole('button', { name: 'Tandai dibaca' }).click();
    await citizen.locator('[data-testid=notification][data-read=true]').filter({ hasText: COMPLAINT }).waitFor();
    const before = await inbox.evaluateAll((items) =>
      items.filter((item) => item.getAttribute('data-read') === 'false').map((item) => item.getAttribute('data-id')),
    );
    expect(before.length).toBeGreaterThan(0);
    await citizen.getByRole('button', { name: 'Tandai semua dibaca' }).click();
    for (const id of before)
      await citizen.locator(`[data-testid=notification][data-id="${id}"][data-read=true]`).waitFor();
    const left = await citizen.locator('[data-testid=notification][data-read=false]').count();
    await expect(citizen.getByTestId('unread-count').textContent()).resolves.toBe(`${left} belum dibaca`);

    // E-mails: set, then stopped.
    const email = citizen.getByRole('form', { name: 'Notifikasi lewat e-mail' });
    await expect(email.textContent()).resolves.toContain('hanya memuat nama Anda dan tautan');
    await email.getByLabel('Alamat e-mail').fill('warga@example.org');
    await email.getByRole('button', { name: 'Simpan alamat' }).click();
    await email.getByTestId('email-now').getByText('Notifikasi dikirim ke warga@example.org.').waitFor();
    await email.getByRole('button', { name: 'Hentikan e-mail' }).click();
    await email.getByTestId('email-now').getByText('Notifikasi tidak dikirim lewat e-mail.').waitFor();

    // The same page in English.
    await citizen.getByLabel('Bahasa', { exact: true }).selectOption('en');
    await citizen.getByRole('heading', { name: 'Notifications by e-mail' }).waitFor();
    await citizen.getByRole('tab', { name: /^Notifications/ }).waitFor();
    await expectAccessible(citizen);
  });

  it("count it all in a planner's performance report, with an IKM and its grade, downloaded as CSV", async () => {
    const planner = await signedIn('planner, STATISTICS');
    await planner.getByRole('tab', { name: 'Laporan kinerja MPP', exact: true }).click();
    const report = planner.getByRole('tabpanel', { name: 'Laporan kinerja MPP' });
    await expect(report.getByLabel('Kode kabupaten/kota (PP.RR)').inputValue()).resolves.toBe('32.73');
    const pbi = report.locator('[data-testid=report-row][data-service=PBI_JK]');
    await pbi.waitFor();
    await expect(pbi.getByTestId('submitted').textContent()).resolves.toBe('1');
    await expect(pbi.getByTestId('completed').textContent()).resolves.toBe('1');
    await expect(pbi.getByTestId('complaints').textContent()).resolves.toBe('1');
    await expect(pbi.getByTestId('answered').textContent()).resolves.toBe('1 dari 1 dijawab');
    await expect(pbi.getByTestId('ikm').textContent()).resolves.toBe('91,67 · mutu A (Sangat baik)');
    const nib = report.locator('[data-testid=report-row][data-service=NIB_UMK]');
    await expect(nib.getByTestId('by-status').getByRole('listitem').allTextContents()).resolves.toEqual([
      'Diajukan 1',
      'Diverifikasi 0',
      'Selesai 0',
      'Ditolak 0',
    ]);
    await expect(nib.getByTestId('overdue').textContent()).resolves.toBe('1');
    await expect(report.getByTestId('mpp-satisfaction').textContent()).resolves.toBe(
      'IKM seluruh layanan: 91,67 · mutu A (Sangat baik) · 1 responden',
    );

    // The charts, each an image described in words.
    const byStatus = report.getByRole('img', { name: 'Permohonan menurut status per layanan, MPP Kota Bandung' });
    await expect(descriptionOf(planner, byStatus)).resolves.toContain(
      'PBI-JK: Diajukan 0, Diverifikasi 0, Selesai 1, Ditolak 0',
    );
    const ikm = report.getByRole('img', { name: 'IKM per layanan (skala 0-100), MPP Kota Bandung' });
    await expect(descriptionOf(planner, ikm)).resolves.toContain('PBI-JK: 91,67 (A), 1 responden');

    const csv = (await download(planner, report.getByRole('button', { name: 'Unduh CSV' }))).trim().split('\r\n');
    expect(csv[0]).toBe(
      'mpp_id,mpp,service,submitted,status_submitted,status_verified,status_completed,status_rejected,completed,' +
        'completed_within_standard,share_within_standard,median_processing_days,overdue,complaints,' +
        'complaints_answered,complaints_answered_in_time,median_complaint_resolution_days,survey_respondents,ikm,' +
        'ikm_grade',
    );
    // One row per service Kota Bandung's MPP offers.
    expect(csv).toHaveLength(5);
    expect(csv.find((row) => row.includes(',PBI_JK,'))).toMatch(
      /^mpp-3273,MPP Kota Bandung,PBI_JK,1,0,0,1,0,1,1,1,[0-9.]+,0,1,1,1,[0-9.]+,1,91\.67,A$/,
    );
    await expectAccessible(planner);
    await screenshots(planner, 'services-report');
    await planner.getByLabel('Bahasa', { exact: true }).selectOption('en');
    const english = planner.getByRole('tabpanel', { name: 'MPP performance' });
    await english.getByRole('img', { name: 'Applications by status per service, MPP Kota Bandung' }).waitFor();
    await expect(
      english.locator('[data-testid=report-row][data-service=PBI_JK]').getByTestId('ikm').textContent(),
    ).resolves.toBe('91.67 · grade A (Very good)');
    await expectAccessible(planner);

    // No page asked for a URL with a NIK in it.
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes(nik))).toEqual([]);
  });
});
