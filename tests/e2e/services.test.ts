import type { Pool } from 'pg';
import { LegalBasis } from '../../schema/legal-bases';
import { seedPopulation } from '../../seeds/load';
import { addWorkingDays, jakartaDate } from '../../subgraphs/services/working-days';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertAccessRule, plantHealthWorker, plantPbiCandidate } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// MPP services through the gateway: the catalogue, applications filled from the graph with data entered once,
// the officers' work queue, and each application taken from submission to completion.
let database: TestDatabase;
let stack: Stack;
let pool: Pool;
/** A citizen of a poor household without JKN cover: every PBI-JK requirement met. */
let applicant: string;
/** Someone who has consented to nothing. */
let stranger: string;

const BANDUNG = 'mpp-3273';

beforeAll(async () => {
  database = await createTestDatabase('services');
  pool = database.pool;
  await seedPopulation(pool, { citizens: 2_000, seed: 'services-e2e' });
  ({ nik: applicant } = await plantPbiCandidate(pool));
  ({
    rows: [{ nik: stranger }],
  } = await pool.query('select nik from population.citizen where nik <> $1 order by nik desc limit 1', [applicant]));
  // An officer whose rule covers the applications and identity, and nothing else an application copies.
  await insertAccessRule(database.url, {
    clientId: 'narrow-desk',
    purpose: 'PUBLIC_SERVICE',
    scopes: ['services.application', 'population.identity'],
    legalBasis: LegalBasis.PUBLIC_TASK,
  });
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const as = async (
  role: 'citizen' | 'officer',
  options: { nik?: string; client?: string; purpose?: string } = {},
): Promise<Record<string, string>> => ({ authorization: `Bearer ${await stack.token(role, options)}` });
const citizen = () => as('citizen', { nik: applicant });
const backOffice = () => as('officer', { client: 'mpp-backoffice', purpose: 'PUBLIC_SERVICE' });
const desk = () => as('officer', { client: 'mpp-desk', purpose: 'PUBLIC_SERVICE' });

const APPLICATION = `id service serviceName status submittedAt dueOn overdue outcome documents
  mpp { id name }
  entered { label value scope } prefilled { label value scope }
  requirements { requirement met detail scope }
  history { status note }`;

const PBI = `mutation ($nik: NIK!, $mpp: String!) { applyForPbiJk(nik: $nik, mppId: $mpp) { ${APPLICATION} } }`;
const NIB = `mutation ($nik: NIK!, $mpp: String!, $business: NibApplicationInput!) {
  applyForNib(nik: $nik, mppId: $mpp, business: $business) { ${APPLICATION} }
}`;
const MOVE = `mutation ($nik: NIK!, $mpp: String!, $to: AddressChangeInput!) {
  applyForAddressChange(nik: $nik, mppId: $mpp, newAddress: $to) { ${APPLICATION} }
}`;
const DECIDE = `mutation ($id: ID!, $decision: ServiceDecision!, $note: String) {
  decideServiceApplication(id: $id, decision: $decision, note: $note) { ${APPLICATION} }
}`;

const valueOf = (fields: { label: string; value: string }[], label: string) =>
  fields.find((f) => f.label === label)?.value;

describe('the service catalogue', () => {
  it("lists a regency's MPP services with their requirements, standard and fee, to anyone signed in", async () => {
    const { body } = await stack.post(
      `{ services(regencyCode: "32.73") {
        service name agency legalBasis standardDays feeRupiah complaintDays requirements { requirement scope }
        mpp { id name regencyCode }
      } }`,
      {},
      await citizen(),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.services.map((s: { service: string }) => s.service).sort()).toEqual([
      'ADDRESS_CHANGE',
      'NIB_UMK',
      'PBI_JK',
      'SIP',
    ]);
    const pbi = body.data.services.find((s: { service: string }) => s.service === 'PBI_JK');
    expect(pbi).toMatchObject({
      mpp: { id: BANDUNG, name: 'MPP Kota Bandung', regencyCode: '32.73' },
      legalBasis: 'PUBLIC_TASK',
      feeRupiah: 0,
    });
    expect(pbi.standardDays).toBeGreaterThan(0);
    expect(pbi.requirements.map((r: { scope: string }) => r.scope)).toEqual([
      'population.identity',
      'regsosek.eligibility',
      'health.coverage',
    ]);
  });

  it('lists every MPP with its regency', async () => {
    const { body } = await stack.post('{ mpps { id name regencyCode } }', {}, await citizen());
    expect(body.data.mpps.map((m: { id: string }) => m.id)).toEqual([
      'mpp-3171',
      'mpp-3273',
      'mpp-3404',
      'mpp-3510',
      'mpp-5171',
      'mpp-7371',
    ]);
    expect(body.data.mpps[1]).toEqual({ id: BANDUNG, name: 'MPP Kota Bandung', regencyCode: '32.73' });
  });

  it('answers a regency without an MPP with nothing, and a malformed code with BAD_USER_INPUT', async () => {
    const none = await stack.post('{ services(regencyCode: "11.01") { service } }', {}, await citizen());
    expect(none.body).toEqual({ data: { services: [] } });
    for (const code of ['3273', '99.99', "32.73' or 1=1"]) {
      const { body } = await stack.post('query ($c: String!) { services(regencyCode: $c) { service } }', { c: code });
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('applying with data entered once', () => {
  let pbiId: string;

  it('fills a PBI-JK proposal from the graph as the citizen reads it, due after the standard in working days', async () => {
    const { body } = await stack.post(PBI, { nik: applicant, mpp: BANDUNG }, await citizen());
    expect(body.errors).toBeUndefined();
    const application = body.data.applyForPbiJk;
    pbiId = application.id;
    // What the graph says about the applicant, read by the applicant: the application must say the same.
    const graph = await stack.post(
      `{ me { citizen { fullName family { kk } eligibility { pbiJk welfareDecile } bpjsMembership { segment } } } }`,
      {},
      await citizen(),
    );
    const me = graph.body.data.me.citizen;
    expect(me.eligibility.pbiJk).toBe(true);
    expect(me.bpjsMembership).toBeNull();
    expect(application).toMatchObject({
      service: 'PBI_JK',
      status: 'SUBMITTED',
      overdue: false,
      outcome: null,
      entered: [],
      mpp: { id: BANDUNG },
      history: [{ status: 'SUBMITTED', note: null }],
    });
    expect(valueOf(application.prefilled, 'Full name')).toBe(me.fullName);
    expect(valueOf(application.prefilled, 'Family card (KK)')).toBe(me.family.kk);
    expect(valueOf(application.prefilled, 'DTSEN welfare decile')).toBe(String(me.eligibility.welfareDecile));
    expect(valueOf(application.prefilled, 'JKN membership')).toBe('none');
    expect(application.requirements.every((r: { met: boolean }) => r.met)).toBe(true);
    const {
      rows: [{ standard_days: days }],
    } = await pool.query("select standard_days from services.offering where mpp_id = $1 and service = 'PBI_JK'", [
      BANDUNG,
    ]);
    expect(application.dueOn).toBe(addWorkingDays(jakartaDate(new Date(application.submittedAt)), days));
  });

  it('fills an NIB application from the same register: only the business name and its KBLI are entered', async () => {
    const { body } = await stack.post(
      NIB,
      { nik: applicant, mpp: BANDUNG, business: { name: 'Kedai Kopi Sejahtera', kbli: '56303' } },
      await citizen(),
    );
    expect(body.errors).toBeUndefined();
    const application = body.data.applyForNib;
    expect(application.entered).toEqual([
      { label: 'Business name', value: 'Kedai Kopi Sejahtera', scope: 'licensing.business' },
      { label: 'Business activity (KBLI 2020)', value: '56303 Rumah Minum/Kafe', scope: 'licensing.business' },
    ]);
    const graph = await stack.post(
      `{ me { citizen { fullName birthDate address { street rt rw village { name } } } } }`,
      {},
      await citizen(),
    );
    const me = graph.body.data.me.citizen;
    expect(valueOf(application.prefilled, 'Full name')).toBe(me.fullName);
    expect(valueOf(application.prefilled, 'Date of birth')).toBe(me.birthDate);
    expect(valueOf(application.prefilled, 'Address')).toContain(`${me.address.street}, RT ${me.address.rt}/RW`);
    expect(valueOf(application.prefilled, 'Address')).toContain(me.address.village.name);
    expect(application.requirements.map((r: { met: boolean }) => r.met)).toEqual([true, true, true]);
  });

  it('records an unmet requirement for the officer instead of refusing the application', async () => {
    const { body } = await stack.post(
      MOVE,
      { nik: stranger, mpp: BANDUNG, to: { villageCode: '32.73.01.1001', street: 'Jl. Baru 1', rt: '001', rw: '002' } },
      await as('citizen', { nik: stranger }),
    );
    expect(body.errors).toBeUndefined();
    const moving = body.data.applyForAddressChange;
    expect(moving.requirements.map((r: { met: boolean }) => r.met)).toEqual([true, true]);
    expect(moving.entered).toEqual([
      { label: 'New address', value: 'Jl. Baru 1, RT 001/RW 002, village 32.73.01.1001', scope: 'population.address' },
    ]);
    const graph = await stack.post(
      '{ me { citizen { fullName family { kk } address { street rt rw village { name } } } } }',
      {},
      await as('citizen', { nik: stranger }),
    );
    const me = graph.body.data.me.citizen;
    expect(valueOf(moving.prefilled, 'Full name')).toBe(me.fullName);
    expect(valueOf(moving.prefilled, 'Family card (KK)')).toBe(me.family.kk);
    expect(valueOf(moving.prefilled, 'Registered address')).toContain(
      `${me.address.street}, RT ${me.address.rt}/RW ${me.address.rw}, ${me.address.village.name}`,
    );
    const nib = await stack.post(
      NIB,
      { nik: stranger, mpp: BANDUNG, business: { name: 'Industri Kayu Jati', kbli: '16220' } },
      await as('citizen', { nik: stranger }),
    );
    expect(nib.body.data.applyForNib.requirements[1]).toMatchObject({
      met: false,
      detail: 'KBLI 16220 is medium_high risk at micro scale',
    });
  });

  it('refuses a second open application for the same service, and bad input, storing nothing', async () => {
    const before = await pool.query('select count(*)::int as n from services.application');
    const again = await stack.post(PBI, { nik: applicant, mpp: BANDUNG }, await citizen());
    expect(again.body.errors![0].extensions!.code).toBe('CONFLICT');
    expect(again.body.errors![0].message).toContain(pbiId);
    const bad: [string, Record<string, unknown>][] = [
      [NIB, { nik: applicant, mpp: BANDUNG, business: { name: 'X', kbli: '56303' } }],
      [NIB, { nik: applicant, mpp: BANDUNG, business: { name: 'Toko Baru', kbli: '5630' } }],
      [NIB, { nik: applicant, mpp: BANDUNG, business: { name: 'Toko Baru', kbli: '99999' } }],
      [PBI, { nik: applicant, mpp: 'mpp-9999' }],
      [PBI, { nik: applicant, mpp: 'MPP; drop table' }],
      [MOVE, { nik: applicant, mpp: BANDUNG, to: { villageCode: '99.99.99.9999', street: 'Jl. A', rt: '1', rw: '2' } }],
    ];
    for (const [query, variables] of bad) {
      const { body } = await stack.post(query, variables, await citizen());
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).not.toMatch(/select|insert|stack|at \//i);
    }
    const after = await pool.query('select count(*)::int as n from services.application');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("refuses a citizen applying with someone else's NIK", async () => {
    const { body } = await stack.post(PBI, { nik: stranger, mpp: BANDUNG }, await citizen());
    expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("refuses a desk officer's prefill without the citizen's consent, and stores nothing", async () => {
    const before = await pool.query('select count(*)::int as n from services.application where nik = $1', [stranger]);
    const { body } = await stack.post(PBI, { nik: stranger, mpp: BANDUNG }, await desk());
    expect(body.errors![0].extensions!.code).toBe('CONSENT_REQUIRED');
    // Consent to the application alone: the graph refuses what the proposal would be filled with.
    const granted = await stack.post(
      `mutation { grantConsent(input: { clientId: "mpp-desk", purpose: "PUBLIC_SERVICE",
        scopes: ["services.application"] }) { id } }`,
      {},
      await as('citizen', { nik: stranger }),
    );
    expect(granted.body.errors).toBeUndefined();
    const partial = await stack.post(PBI, { nik: stranger, mpp: BANDUNG }, await desk());
    expect(partial.body.errors![0].extensions!.code).toBe('CONSENT_REQUIRED');
    expect(partial.body.errors![0].message).toContain("the applicant's data may not be read by this caller");
    expect(partial.body.errors![0].message).toContain('nothing was submitted');
    const after = await pool.query('select count(*)::int as n from services.application where nik = $1', [stranger]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});

describe("officers' work queues and decisions", () => {
  it('lists open applications oldest first with what is overdue, and takes one to completion', async () => {
    // One application submitted long ago, past its due date.
    const {
      rows: [late],
    } = await pool.query(
      `update services.application set submitted_at = now() - interval '40 days', due_on = current_date - 20
        where nik = $1 and service = 'PBI_JK' returning id`,
      [applicant],
    );
    const queue = await stack.post(
      `query ($mpp: String!) { serviceQueue(mppId: $mpp) { id service status dueOn overdue } }`,
      { mpp: BANDUNG },
      await backOffice(),
    );
    expect(queue.body.errors).toBeUndefined();
    const listed = queue.body.data.serviceQueue;
    expect(listed[0]).toMatchObject({ id: late.id, service: 'PBI_JK', overdue: true });
    expect(listed.slice(1).every((a: { overdue: boolean }) => !a.overdue)).toBe(true);
    expect(listed.map((a: { status: string }) => a.status)).not.toContain('COMPLETED');

    const verified = await stack.post(DECIDE, { id: late.id, decision: 'VERIFY' }, await backOffice());
    expect(verified.body.errors).toBeUndefined();
    expect(verified.body.data.decideServiceApplication.status).toBe('VERIFIED');
    const done = await stack.post(
      DECIDE,
      { id: late.id, decision: 'COMPLETE', note: 'Diusulkan ke Kemensos' },
      await backOffice(),
    );
    expect(done.body.data.decideServiceApplication).toMatchObject({
      status: 'COMPLETED',
      overdue: false,
      history: [
        { status: 'SUBMITTED' },
        { status: 'VERIFIED' },
        { status: 'COMPLETED', note: 'Diusulkan ke Kemensos' },
      ],
    });
    expect(done.body.data.decideServiceApplication.outcome).toMatch(/^PBI-JK proposal 3273\/\d{4}\/[0-9A-F]{8}$/);

    // The citizen follows it in `me { applications }`.
    const mine = await stack.post('{ me { applications { id status history { status } } } }', {}, await citizen());
    expect(mine.body.data.me.applications).toContainEqual({
      id: late.id,
      status: 'COMPLETED',
      history: [{ status: 'SUBMITTED' }, { status: 'VERIFIED' }, { status: 'COMPLETED' }],
    });
  });

  it('completes an NIB with a 13-digit NIB, and keeps the status machine', async () => {
    const {
      rows: [nib],
    } = await pool.query("select id from services.application where nik = $1 and service = 'NIB_UMK'", [applicant]);
    const early = await stack.post(DECIDE, { id: nib.id, decision: 'COMPLETE' }, await backOffice());
    expect(early.body.errors![0].extensions!.code).toBe('CONFLICT');
    await stack.post(DECIDE, { id: nib.id, decision: 'VERIFY' }, await backOffice());
    const done = await stack.post(DECIDE, { id: nib.id, decision: 'COMPLETE' }, await backOffice());
    expect(done.body.data.decideServiceApplication.outcome).toMatch(/^NIB [0-9]{13}$/);
    const again = await stack.post(DECIDE, { id: nib.id, decision: 'REJECT', note: 'late' }, await backOffice());
    expect(again.body.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('refuses to verify an application with an unmet requirement, and rejects only with a note', async () => {
    const {
      rows: [risky],
    } = await pool.query("select id from services.application where nik = $1 and service = 'NIB_UMK'", [stranger]);
    const verify = await stack.post(DECIDE, { id: risky.id, decision: 'VERIFY' }, await backOffice());
    expect(verify.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const bare = await stack.post(DECIDE, { id: risky.id, decision: 'REJECT' }, await backOffice());
    expect(bare.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const rejected = await stack.post(
      DECIDE,
      { id: risky.id, decision: 'REJECT', note: 'KBLI 16220 memerlukan sertifikat standar' },
      await backOffice(),
    );
    expect(rejected.body.data.decideServiceApplication.status).toBe('REJECTED');
  });

  it('lets neither the applicant nor an officer without a rule decide or read the queue', async () => {
    const {
      rows: [open],
    } = await pool.query("select id from services.application where nik = $1 and service = 'ADDRESS_CHANGE'", [
      stranger,
    ]);
    const own = await stack.post(DECIDE, { id: open.id, decision: 'VERIFY' }, await as('citizen', { nik: stranger }));
    expect(own.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const queue = await stack.post('{ serviceQueue(mppId: "mpp-3273") { id } }', {}, await citizen());
    expect(queue.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const outsider = await stack.post(
      DECIDE,
      { id: open.id, decision: 'VERIFY' },
      await as('officer', { client: 'siks-ng', purpose: 'SOCIAL_ASSISTANCE' }),
    );
    expect(outsider.body.errors![0].extensions!.code).toBe('PURPOSE_NOT_ALLOWED');
    const { rows } = await pool.query('select status from services.application where id = $1', [open.id]);
    expect(rows[0].status).toBe('SUBMITTED');
  });

  it('shows an officer only the prefilled fields their rule covers, and puts each applicant on their record', async () => {
    const { body } = await stack.post(
      `query ($mpp: String!) { serviceQueue(mppId: $mpp, service: ADDRESS_CHANGE) { id status prefilled { label } } }`,
      { mpp: BANDUNG },
      await as('officer', { client: 'narrow-desk', purpose: 'PUBLIC_SERVICE' }),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.serviceQueue).toHaveLength(1);
    // The rule covers identity, not the family card or the address the application copied.
    expect(body.data.serviceQueue[0].prefilled).toEqual([{ label: 'Full name' }]);
    const { rows } = await pool.query(
      `select scopes, refused_scopes from audit.access_event where client_id = 'narrow-desk' and nik = $1`,
      [stranger],
    );
    expect(rows.flatMap((r) => r.scopes)).toEqual(
      expect.arrayContaining(['services.application', 'population.identity']),
    );
    expect(rows.flatMap((r) => r.refused_scopes)).toEqual(
      expect.arrayContaining(['population.family', 'population.address']),
    );
  });
});

describe('a change of address, told once', () => {
  it('records the move in the population register on completion and tells every agency on the change feed', async () => {
    const heard: { nik: string; eventId: string; kind: string }[] = [];
    const stop = await stack.feed.consume('services-test', async (notices) => {
      heard.push(...notices);
    });
    const {
      rows: [move],
    } = await pool.query("select id from services.application where nik = $1 and service = 'ADDRESS_CHANGE'", [
      stranger,
    ]);
    await stack.post(DECIDE, { id: move.id, decision: 'VERIFY' }, await backOffice());
    const done = await stack.post(DECIDE, { id: move.id, decision: 'COMPLETE' }, await backOffice());
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data.decideServiceApplication).toMatchObject({ status: 'COMPLETED' });
    expect(done.body.data.decideServiceApplication.outcome).toMatch(/^SKPWNI 3273\/\d{4}\/[0-9A-F]{8}$/);
    await stop();

    // The register holds the new address, as every agency reads it through the graph.
    const { body } = await stack.post(
      'query ($nik: NIK!) { citizen(nik: $nik) { address { street rt rw village { code name } } } }',
      { nik: stranger },
      await backOffice(),
    );
    expect(body.data.citizen.address).toEqual({
      street: 'Jl. Baru 1',
      rt: '001',
      rw: '002',
      village: { code: '32.73.01.1001', name: 'Sukarasa' },
    });
    expect(heard).toContainEqual(
      expect.objectContaining({ nik: stranger, kind: 'ADDRESS_CHANGED', eventId: `services:${move.id}` }),
    );
    const changes = await pool.query('select count(*)::int as n from population.change where event_id = $1', [
      `services:${move.id}`,
    ]);
    expect(changes.rows[0].n).toBe(1);
    // Completed once: the status machine refuses it again.
    const again = await stack.post(DECIDE, { id: move.id, decision: 'COMPLETE' }, await backOffice());
    expect(again.body.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('keeps the register to registrars: no citizen, and no service reading on consent, records a move', async () => {
    const RECORD = `mutation ($nik: NIK!) {
      recordAddressChange(nik: $nik, newAddress: { villageCode: "32.73.01.1002", street: "Jl. Lain 2", rt: "003",
        rw: "004" }, reference: "attempt-1234") { nik }
    }`;
    const own = await stack.post(RECORD, { nik: stranger }, await as('citizen', { nik: stranger }));
    expect(own.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const consented = await stack.post(RECORD, { nik: stranger }, await desk());
    expect(consented.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const { rows } = await pool.query('select village_code from population.citizen where nik = $1', [stranger]);
    expect(rows[0].village_code).toBe('32.73.01.1001');
  });
});

describe('a SIP, decided by licensing and tracked like every service', () => {
  it('takes the licence application from submission to an issued SIP through the same model', async () => {
    const nurse = await plantHealthWorker(pool);
    const SIP = `mutation ($nik: NIK!, $mpp: String!, $at: SipLocationInput!) {
      applyForSip(nik: $nik, mppId: $mpp, practiceLocation: $at) { ${APPLICATION} }
    }`;
    const { body } = await stack.post(
      SIP,
      { nik: nurse, mpp: BANDUNG, at: { name: 'Klinik Pratama Sehat', regencyCode: '32.73' } },
      await as('citizen', { nik: nurse }),
    );
    expect(body.errors).toBeUndefined();
    const application = body.data.applyForSip;
    expect(application.requirements.map((r: { met: boolean }) => r.met)).toEqual([true, true, true]);
    expect(valueOf(application.prefilled, 'STR')).toBe('STR-NUR-START-0001 (NURSE)');
    expect(valueOf(application.prefilled, 'Tax compliance (KSWP)')).toBe('VALID');
    const graph = await stack.post(
      '{ me { citizen { fullName birthDate bpjsMembership { segment status } } } }',
      {},
      await as('citizen', { nik: nurse }),
    );
    const me = graph.body.data.me.citizen;
    expect(valueOf(application.prefilled, 'Full name')).toBe(me.fullName);
    expect(valueOf(application.prefilled, 'Date of birth')).toBe(me.birthDate);
    expect(valueOf(application.prefilled, 'JKN membership')).toBe(
      `${me.bpjsMembership.segment} (${me.bpjsMembership.status})`,
    );
    const {
      rows: [licence],
    } = await pool.query('select id, status from licensing.application where nik = $1', [nurse]);
    expect(licence.status).toBe('SUBMITTED');

    for (const decision of ['VERIFY', 'COMPLETE'])
      expect(
        (await stack.post(DECIDE, { id: application.id, decision }, await backOffice())).body.errors,
      ).toBeUndefined();
    const { rows } = await pool.query('select status, issued_sip from licensing.application where id = $1', [
      licence.id,
    ]);
    expect(rows[0].status).toBe('APPROVED');
    const mine = await stack.post(
      '{ me { applications { service status outcome } citizen { licences { sips { number } } } } }',
      {},
      await as('citizen', { nik: nurse }),
    );
    expect(mine.body.data.me.applications).toContainEqual({
      service: 'SIP',
      status: 'COMPLETED',
      outcome: `SIP ${rows[0].issued_sip}`,
    });
    expect(mine.body.data.me.citizen.licences.sips).toContainEqual({ number: rows[0].issued_sip });
  });
});

describe('tried as an attacker', () => {
  it('lets two racing submissions for one person and service make one application, and two racing decisions one', async () => {
    const racer = (
      await pool.query(
        "select nik from population.citizen where birth_date < '2000-01-01' order by nik limit 1 offset 7",
      )
    ).rows[0].nik as string;
    const headers = await as('citizen', { nik: racer });
    const submit = () =>
      stack.post(NIB, { nik: racer, mpp: BANDUNG, business: { name: 'Warung Balapan', kbli: '56103' } }, headers);
    const answers = await Promise.all([submit(), submit(), submit()]);
    const codes = answers.map((a) => (a.body.errors ? a.body.errors[0].extensions!.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const { rows } = await pool.query("select id from services.application where nik = $1 and service = 'NIB_UMK'", [
      racer,
    ]);
    expect(rows).toHaveLength(1);
    await stack.post(DECIDE, { id: rows[0].id, decision: 'VERIFY' }, await backOffice());
    const decisions = await Promise.all(
      [0, 1, 2].map(async () => stack.post(DECIDE, { id: rows[0].id, decision: 'COMPLETE' }, await backOffice())),
    );
    const outcomes = decisions.map((d) => (d.body.errors ? d.body.errors[0].extensions!.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const events = await pool.query(
      "select count(*)::int as n from services.application_event where application_id = $1 and status = 'COMPLETED'",
      [rows[0].id],
    );
    expect(events.rows[0].n).toBe(1);
  });

  it('refuses oversized and malformed input with BAD_USER_INPUT, naming no SQL', async () => {
    const COMPLAIN = `mutation ($t: String!, $d: String!) {
      fileComplaint(input: { mppId: "mpp-3273", service: NIB_UMK, category: OTHER, title: $t, description: $d }) { id }
    }`;
    const long = 'x'.repeat(4_001);
    const attempts: [string, Record<string, unknown>, Record<string, string>][] = [
      [COMPLAIN, { t: 'Terlalu panjang', d: long }, await citizen()],
      [COMPLAIN, { t: 'x'.repeat(151), d: 'Cukup panjang untuk sebuah pengaduan.' }, await citizen()],
      [
        DECIDE,
        { id: '00000000-0000-0000-0000-000000000000', decision: 'REJECT', note: 'x'.repeat(2_001) },
        await backOffice(),
      ],
      [DECIDE, { id: "1' or '1'='1", decision: 'VERIFY' }, await backOffice()],
      [NIB, { nik: applicant, mpp: BANDUNG, business: { name: 'y'.repeat(201), kbli: '56103' } }, await citizen()],
      ['{ serviceQueue(mppId: "mpp-3273", first: 201) { id } }', {}, await backOffice()],
      [
        '{ performanceReport(regencyCode: "32.73", from: "2026-13-40", to: "2026-12-01") { mpp { id } } }',
        {},
        await citizen(),
      ],
    ];
    for (const [query, variables, headers] of attempts) {
      const { body } = await stack.post(query, variables, headers);
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).not.toMatch(/select|insert|update|stack|at \//i);
    }
  });

  it('keeps an application as it was when the register is cut mid-way, and stores nothing it could not fill', async () => {
    const mover = (
      await pool.query(
        "select nik from population.citizen where birth_date < '2000-01-01' order by nik limit 1 offset 11",
      )
    ).rows[0].nik as string;
    const { body } = await stack.post(
      MOVE,
      { nik: mover, mpp: BANDUNG, to: { villageCode: '32.73.01.1003', street: 'Jl. Isola 9', rt: '004', rw: '005' } },
      await as('citizen', { nik: mover }),
    );
    const id = body.data.applyForAddressChange.id as string;
    await stack.post(DECIDE, { id, decision: 'VERIFY' }, await backOffice());
    await stack.stopSubgraph('population');
    const cut = await stack.post(DECIDE, { id, decision: 'COMPLETE' }, await backOffice());
    expect(cut.body.errors![0].extensions!.code).toMatch(/SUBGRAPH_UNAVAILABLE|SUBGRAPH_TIMEOUT/);
    expect(cut.body.errors![0].message).not.toMatch(/127\.0\.0\.1|http:/);
    const { rows } = await pool.query('select status, outcome from services.application where id = $1', [id]);
    expect(rows[0]).toEqual({ status: 'VERIFIED', outcome: null });
    const before = await pool.query('select count(*)::int as n from services.application');
    const refused = await stack.post(PBI, { nik: mover, mpp: BANDUNG }, await as('citizen', { nik: mover }));
    expect(refused.body.errors![0].extensions!.code).toMatch(/SUBGRAPH_UNAVAILABLE|SUBGRAPH_TIMEOUT/);
    const after = await pool.query('select count(*)::int as n from services.application');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
