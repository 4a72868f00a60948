import type { Pool } from 'pg';
import { seedPopulation } from '../../seeds/load';
import { SERVICES } from '../../subgraphs/services/catalogue';
import { ServiceCode } from '../../subgraphs/services/entities/services.enums';
import { SKM_ELEMENTS } from '../../subgraphs/services/ikm';
import { addWorkingDays, jakartaDate } from '../../subgraphs/services/working-days';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { plantPbiCandidate } from '../support/fixtures';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { startStack, type Stack } from '../support/stack';
import { eventually } from '../support/eventually';

// What follows an application: the citizen's inbox and its e-mails (through a real SMTP server on loopback), the
// complaint and its answer, the satisfaction survey and its index, and the MPP's performance report.
let database: TestDatabase;
let stack: Stack;
let smtp: TestSmtpServer;
let pool: Pool;
let applicant: string;
let fullName: string;
let other: string;
let applicationId: string;

const BANDUNG = 'mpp-3273';
const PUBLIC_URL = 'https://citizen360.example.go.id';

beforeAll(async () => {
  database = await createTestDatabase('services_aftercare');
  pool = database.pool;
  await seedPopulation(pool, { citizens: 2_000, seed: 'services-aftercare' });
  ({ nik: applicant, fullName } = await plantPbiCandidate(pool));
  ({
    rows: [{ nik: other }],
  } = await pool.query(
    "select nik from population.citizen where nik <> $1 and birth_date < '2000-01-01' order by nik desc limit 1",
    [applicant],
  ));
  smtp = await startSmtpServer();
  stack = await startStack(database.url, {
    env: { SMTP_URL: smtp.url, MAIL_RETRY_SECONDS: '1', PUBLIC_URL },
  });
});

afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
  await database?.drop();
});

const as = async (
  role: 'citizen' | 'officer' | 'planner',
  options: { nik?: string; client?: string; purpose?: string } = {},
) => ({
  authorization: `Bearer ${await stack.token(role, options)}`,
});
const citizen = (nik = applicant) => as('citizen', { nik });
const backOffice = () => as('officer', { client: 'mpp-backoffice', purpose: 'PUBLIC_SERVICE' });

const INBOX = '{ me { unreadNotifications notifications { id kind title body link emailStatus readAt occurrences } } }';

type Inbox = {
  kind: string;
  title: string;
  body: string;
  emailStatus: string;
  id: string;
  readAt: string | null;
  occurrences: number;
}[];
const inbox = async (nik = applicant): Promise<Inbox> =>
  (await stack.post(INBOX, {}, await citizen(nik))).body.data.me.notifications;

describe("a citizen's notifications", () => {
  it('e-mails a status change with the name and a link only, trying again after a temporary failure', async () => {
    const set = await stack.post(
      'mutation { setNotificationEmail(email: "warga@example.id") { notificationEmail } }',
      {},
      await citizen(),
    );
    expect(set.body).toEqual({ data: { setNotificationEmail: { notificationEmail: 'warga@example.id' } } });
    smtp.failNext(1, 451);
    const applied = await stack.post(
      'mutation ($nik: NIK!) { applyForPbiJk(nik: $nik, mppId: "mpp-3273") { id dueOn } }',
      { nik: applicant },
      await citizen(),
    );
    expect(applied.body.errors).toBeUndefined();
    applicationId = applied.body.data.applyForPbiJk.id;
    // In the inbox at once, with the submission.
    const received = (await inbox()).find((n) => n.kind === 'APPLICATION_STATUS');
    expect(received).toMatchObject({ title: expect.stringContaining('Application received'), emailStatus: 'PENDING' });
    expect(received!.body).toContain(applied.body.data.applyForPbiJk.dueOn);

    const [mail] = await smtp.waitFor(1, 30_000);
    expect(mail.to).toEqual(['warga@example.id']);
    expect(mail.text).toContain(`Yth. ${fullName},`);
    expect(mail.text).toContain(`${PUBLIC_URL}/`);
    // Nothing of the citizen's data but their name travels: no NIK, no service, no status.
    for (const secret of [applicant, 'PBI', 'received', applied.body.data.applyForPbiJk.dueOn])
      expect(mail.raw).not.toContain(secret);
    const sent = await eventually(inbox, (n) =>
      n.some((x) => x.kind === 'APPLICATION_STATUS' && x.emailStatus === 'SENT'),
    );
    expect(sent.find((n) => n.kind === 'APPLICATION_STATUS')!.emailStatus).toBe('SENT');
    const { rows } = await pool.query(
      "select email_attempts from services.notification where nik = $1 and kind = 'APPLICATION_STATUS'",
      [applicant],
    );
    expect(rows[0].email_attempts).toBe(2);
  });

  it('gives an e-mail up when the server refuses it for good, keeping the notification', async () => {
    await stack.post(
      'mutation { setNotificationEmail(email: "tidak-ada@example.id") { nik } }',
      {},
      await citizen(other),
    );
    smtp.failNext(1, 550);
    const before = smtp.messages.length;
    await stack.post(
      `mutation ($nik: NIK!) {
        applyForNib(nik: $nik, mppId: "mpp-3273", business: { name: "Warung Sate", kbli: "56103" }) { id }
      }`,
      { nik: other },
      await citizen(other),
    );
    const failed = await eventually(
      () => inbox(other),
      (n) => n.some((x) => x.emailStatus === 'FAILED'),
    );
    expect(failed.find((n) => n.kind === 'APPLICATION_STATUS')).toMatchObject({ emailStatus: 'FAILED' });
    expect(smtp.messages.length).toBe(before);
  });

  it('tells the citizen of releases of their data to an officer, once a day per service, and of a consent request', async () => {
    // Two reads the same day: one notice counting both, the access log listing each.
    for (let i = 0; i < 2; i += 1)
      await stack.post(
        'query ($nik: NIK!) { citizen(nik: $nik) { fullName } }',
        { nik: applicant },
        await backOffice(),
      );
    const asked = await stack.post(
      'mutation ($nik: NIK!) { requestConsent(nik: $nik) { id } }',
      { nik: applicant },
      await as('officer', { client: 'mpp-desk', purpose: 'PUBLIC_SERVICE' }),
    );
    expect(asked.body.errors).toBeUndefined();
    const told = await eventually(
      inbox,
      (n) => n.some((x) => x.kind === 'DATA_RELEASED') && n.some((x) => x.kind === 'CONSENT_REQUEST'),
    );
    expect(told.find((n) => n.kind === 'DATA_RELEASED')).toMatchObject({
      title: 'MPP back office received some of your data',
      body: expect.stringContaining('population.identity'),
    });
    expect(told.filter((n) => n.kind === 'DATA_RELEASED')).toHaveLength(1);
    expect(told.find((n) => n.kind === 'DATA_RELEASED')!.occurrences).toBe(2);
    expect(told.find((n) => n.kind === 'CONSENT_REQUEST')).toMatchObject({
      title: 'MPP Digital (loket) asks for your consent',
    });
  });

  it("marks notifications read, only the citizen's own, and only for citizens", async () => {
    const { body } = await stack.post(INBOX, {}, await citizen());
    expect(body.data.me.unreadNotifications).toBeGreaterThan(0);
    const marked = await stack.post('mutation { markNotificationsRead { unreadNotifications } }', {}, await citizen());
    expect(marked.body.data.markNotificationsRead).toEqual({ unreadNotifications: 0 });
    // Someone else's still unread: the update was the caller's alone.
    // Another release the same day: the notice counts it and is unread again.
    await stack.post('query ($nik: NIK!) { citizen(nik: $nik) { fullName } }', { nik: applicant }, await backOffice());
    const again = await eventually(inbox, (n) => n.some((x) => x.kind === 'DATA_RELEASED' && x.readAt === null));
    expect(again.find((n) => n.kind === 'DATA_RELEASED')).toMatchObject({ occurrences: 3, readAt: null });
    const theirs = await stack.post('{ me { unreadNotifications } }', {}, await citizen(other));
    expect(theirs.body.data.me.unreadNotifications).toBeGreaterThan(0);
    const officer = await stack.post('mutation { markNotificationsRead { nik } }', {}, await backOffice());
    expect(officer.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await stack.post(
      'mutation { setNotificationEmail(email: "a@b.c\\nBcc: x@y.z") { nik } }',
      {},
      await citizen(),
    );
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

const COMPLAINT = `id service agency category title status dueOn overdue firstResponseAt answeredAt
  responses { author message status }
  lapor {
    trackingId title content category destinationAgency regencyCode channel confidential status followUps { content }
  }`;

describe('a complaint', () => {
  let complaintId: string;

  it('is filed about an application, routed to the agency responsible, and due within the complaint standard', async () => {
    const { body } = await stack.post(
      `mutation ($id: ID!) { fileComplaint(input: { applicationId: $id, category: DELAY,
        title: "Belum ada kabar", description: "Sudah seminggu belum ada kabar tentang usulan PBI-JK saya." }) {
          ${COMPLAINT}
        } }`,
      { id: applicationId },
      await citizen(),
    );
    expect(body.errors).toBeUndefined();
    const complaint = body.data.fileComplaint;
    complaintId = complaint.id;
    const {
      rows: [{ complaint_days: days }],
    } = await pool.query("select complaint_days from services.offering where mpp_id = $1 and service = 'PBI_JK'", [
      BANDUNG,
    ]);
    expect(complaint).toMatchObject({
      service: 'PBI_JK',
      agency: SERVICES[ServiceCode.PBI_JK].agency,
      status: 'RECEIVED',
      overdue: false,
      dueOn: addWorkingDays(jakartaDate(new Date()), days),
      responses: [],
    });
  });

  it("is not filed about someone else's application, nor past five open ones", async () => {
    const theirs = await stack.post(
      `mutation ($id: ID!) { fileComplaint(input: { applicationId: $id, category: OTHER, title: "Coba coba",
        description: "Mencoba mengadukan permohonan orang lain." }) { id } }`,
      { id: applicationId },
      await citizen(other),
    );
    expect(theirs.body.errors![0]).toMatchObject({
      message: expect.stringContaining('no application of yours has this id'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const headers = await citizen(other);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { body } = await stack.post(
        `mutation { fileComplaint(input: { mppId: "mpp-3273", service: NIB_UMK, category: FACILITIES,
          title: "Antrean panjang", description: "Ruang tunggu penuh dan pendingin ruangan mati." }) { id } }`,
        {},
        headers,
      );
      codes.push(body.errors?.[0]?.extensions?.code as string | undefined);
    }
    expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'CONFLICT']);
  });

  it('is in the MPP complaint queue, answered by the agency within its deadline, and closed by the citizen', async () => {
    const queue = await stack.post(
      '{ complaintQueue(mppId: "mpp-3273") { id status overdue } }',
      {},
      await backOffice(),
    );
    expect(queue.body.data.complaintQueue[0]).toEqual({ id: complaintId, status: 'RECEIVED', overdue: false });
    const citizenTry = await stack.post(
      'mutation ($id: ID!) { respondToComplaint(id: $id, message: "Sudah beres", resolves: true) { id } }',
      { id: complaintId },
      await citizen(),
    );
    expect(citizenTry.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const answered = await stack.post(
      `mutation ($id: ID!) { respondToComplaint(id: $id, resolves: true,
        message: "Usulan Anda telah diteruskan ke Kementerian Sosial.") { ${COMPLAINT} } }`,
      { id: complaintId },
      await backOffice(),
    );
    expect(answered.body.errors).toBeUndefined();
    const complaint = answered.body.data.respondToComplaint;
    expect(complaint.status).toBe('ANSWERED');
    expect(jakartaDate(new Date(complaint.answeredAt)) <= complaint.dueOn).toBe(true);
    const again = await stack.post(
      'mutation ($id: ID!) { respondToComplaint(id: $id, message: "lagi") { id } }',
      { id: complaintId },
      await backOffice(),
    );
    expect(again.body.errors![0].extensions!.code).toBe('CONFLICT');
    const told = await eventually(inbox, (n) => n.some((x) => x.kind === 'COMPLAINT_RESPONSE'));
    expect(told.find((n) => n.kind === 'COMPLAINT_RESPONSE')!.title).toBe('Complaint answered: Belum ada kabar');
    const closed = await stack.post(
      'mutation ($id: ID!) { closeComplaint(id: $id, message: "Terima kasih") { status responses { author status } } }',
      { id: complaintId },
      await citizen(),
    );
    expect(closed.body.data.closeComplaint).toEqual({
      status: 'CLOSED',
      responses: [
        { author: 'AGENCY', status: 'ANSWERED' },
        { author: 'COMPLAINANT', status: 'CLOSED' },
      ],
    });
  });

  it('exports in the shape of an SP4N-LAPOR! record, without naming the complainant', async () => {
    const today = jakartaDate(new Date());
    const { body } = await stack.post(
      `query ($from: String!, $to: String!) { laporExport(mppId: "mpp-3273", from: $from, to: $to) {
        id lapor { trackingId title status channel confidential destinationAgency regencyCode followUps { content } }
      } }`,
      { from: today, to: today },
      await backOffice(),
    );
    expect(body.errors).toBeUndefined();
    const record = body.data.laporExport.find((c: { id: string }) => c.id === complaintId).lapor;
    expect(record).toEqual({
      trackingId: complaintId,
      title: 'Belum ada kabar',
      status: 'Selesai',
      channel: 'MPP Digital',
      confidential: true,
      destinationAgency: SERVICES[ServiceCode.PBI_JK].agency,
      regencyCode: '32.73',
      followUps: [{ content: 'Usulan Anda telah diteruskan ke Kementerian Sosial.' }],
    });
    expect(JSON.stringify(body)).not.toContain(applicant);
    expect(JSON.stringify(body)).not.toContain(fullName);
  });
});

describe('the satisfaction survey and the performance report', () => {
  it('takes one answer per completed application, from its applicant only', async () => {
    const SURVEY = `mutation ($id: ID!, $s: SkmScoresInput!) {
      answerSatisfactionSurvey(applicationId: $id, scores: $s) { applicationId }
    }`;
    const scores = {
      requirements: 4,
      procedure: 3,
      completionTime: 3,
      fee: 4,
      product: 3,
      competence: 4,
      behaviour: 4,
      complaintHandling: 3,
      facilities: 3,
    };
    const early = await stack.post(SURVEY, { id: applicationId, s: scores }, await citizen());
    expect(early.body.errors![0].extensions!.code).toBe('CONFLICT');
    for (const decision of ['VERIFY', 'COMPLETE'])
      await stack.post(
        'mutation ($id: ID!, $d: ServiceDecision!) { decideServiceApplication(id: $id, decision: $d) { status } }',
        { id: applicationId, d: decision },
        await backOffice(),
      );
    const theirs = await stack.post(SURVEY, { id: applicationId, s: scores }, await citizen(other));
    expect(theirs.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const bad = await stack.post(SURVEY, { id: applicationId, s: { ...scores, fee: 5 } }, await citizen());
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const answered = await stack.post(SURVEY, { id: applicationId, s: scores }, await citizen());
    expect(answered.body.data.answerSatisfactionSurvey.applicationId).toBe(applicationId);
    const twice = await stack.post(SURVEY, { id: applicationId, s: scores }, await citizen());
    expect(twice.body.errors![0].extensions!.code).toBe('CONFLICT');
    const mine = await stack.post('{ me { applications { id surveyAnswered } } }', {}, await citizen());
    expect(mine.body.data.me.applications).toContainEqual({ id: applicationId, surveyAnswered: true });
    // Kept without who answered, or which application it followed.
    const { rows } = await pool.query(
      `select column_name from information_schema.columns
        where table_schema = 'services' and table_name = 'survey_response'`,
    );
    expect(rows.map((r) => r.column_name).sort()).toEqual(
      ['answered_on', 'id', 'mpp_id', 'service', ...SKM_ELEMENTS.map((_, i) => `u${i + 1}`)].sort(),
    );
  });

  it('computes the IKM of a published SKM report from 1,000 answers with its element averages', async () => {
    // DPM & PTSP Provinsi Sumatera Barat, "Indek Kepuasan Masyarakat Semester I"
    // (http://dpmptsp.sumbarprov.go.id/details/news/82): element averages 3.200, 3.216, 2.936, 3.530, 3.136, 3.200,
    // 3.316, 3.916 and 3.323. Permenpan-RB 14/2017: IKM = (sum of averages / 9) x 25 = 29.773 / 9 x 25 = 82.70, B.
    const averages = [3.2, 3.216, 2.936, 3.53, 3.136, 3.2, 3.316, 3.916, 3.323];
    const respondents = 1_000;
    const columns = averages.map((average) => {
      const total = Math.round(average * respondents);
      const base = Math.floor(total / respondents);
      return Array.from({ length: respondents }, (_, i) => (i < total - base * respondents ? base + 1 : base));
    });
    await pool.query(
      `insert into services.survey_response (id, mpp_id, service, answered_on,
         ${SKM_ELEMENTS.map((_, i) => `u${i + 1}`).join(', ')})
       select gen_random_uuid(), 'mpp-3510', 'NIB_UMK', (now() at time zone 'Asia/Jakarta')::date,
              ${SKM_ELEMENTS.map((_, i) => `s${i + 1}`).join(', ')}
         from unnest(${SKM_ELEMENTS.map((_, i) => `$${i + 1}::int[]`).join(', ')})
           as t(${SKM_ELEMENTS.map((_, i) => `s${i + 1}`).join(', ')})`,
      columns,
    );
    const today = jakartaDate(new Date());
    const { body } = await stack.post(
      `query ($from: String!, $to: String!) { satisfactionIndex(mppId: "mpp-3510", from: $from, to: $to) {
        respondents index converted grade gradeName elements { code average converted grade } } }`,
      { from: today, to: today },
      await as('planner', { purpose: 'STATISTICS' }),
    );
    expect(body.errors).toBeUndefined();
    const index = body.data.satisfactionIndex;
    expect(index).toMatchObject({ respondents: 1_000, index: 3.31, converted: 82.7, grade: 'B', gradeName: 'Baik' });
    expect(index.elements.map((e: { average: number }) => e.average)).toEqual([
      3.2, 3.22, 2.94, 3.53, 3.14, 3.2, 3.32, 3.92, 3.32,
    ]);
    // The report's own per-element grades: U1 and U2 B (baik), U3 C (kurang baik).
    expect(index.elements.slice(0, 3).map((e: { grade: string }) => e.grade)).toEqual(['B', 'B', 'C']);
  });

  it("reports the MPP's applications, complaints and satisfaction by service", async () => {
    const today = jakartaDate(new Date());
    const { body } = await stack.post(
      `query ($from: String!, $to: String!) { performanceReport(regencyCode: "32.73", from: $from, to: $to) {
        mpp { id } satisfaction { respondents converted grade }
        services { service submitted completed completedWithinStandard shareWithinStandard medianProcessingDays overdue
          complaints complaintsAnswered complaintsAnsweredInTime medianComplaintResolutionDays
          byStatus { status count } satisfaction { respondents converted grade } } } }`,
      { from: today, to: today },
      await as('planner', { purpose: 'STATISTICS' }),
    );
    expect(body.errors).toBeUndefined();
    const [bandung] = body.data.performanceReport;
    expect(bandung.mpp.id).toBe(BANDUNG);
    const pbi = bandung.services.find((s: { service: string }) => s.service === 'PBI_JK');
    expect(pbi).toMatchObject({
      submitted: 1,
      completed: 1,
      completedWithinStandard: 1,
      shareWithinStandard: 1,
      medianProcessingDays: 0,
      overdue: 0,
      complaints: 1,
      complaintsAnswered: 1,
      complaintsAnsweredInTime: 1,
      medianComplaintResolutionDays: 0,
      satisfaction: { respondents: 1, converted: 86.11, grade: 'B' },
    });
    const nib = bandung.services.find((s: { service: string }) => s.service === 'NIB_UMK');
    expect(nib).toMatchObject({ submitted: 1, complaints: 5, complaintsAnswered: 0 });
    expect(nib.byStatus).toContainEqual({ status: 'SUBMITTED', count: 1 });
    const bad = await stack.post(
      '{ performanceReport(regencyCode: "32.73", from: "2026-01-01", to: "2027-06-01") { mpp { id } } }',
      {},
      await citizen(),
    );
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
