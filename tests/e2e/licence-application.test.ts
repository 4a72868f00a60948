import type { Pool } from 'pg';
import { seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { LegalBasis } from '../../schema/legal-bases';
import { insertAccessRule } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// A SIP application made with only a NIK and a practice location, through the gateway, reviewed to a licence.
let database: TestDatabase;
let stack: Stack;
let pool: Pool;
let nurse: { nik: string; full_name: string; birth_date: string; str_number: string; regency_code: string };

beforeAll(async () => {
  database = await createTestDatabase('licensing');
  pool = database.pool;
  await seedPopulation(pool, { citizens: 2_000, seed: 'licensing-e2e' });
  // A health worker with an STR whose other requirements we control, so the test states them instead of guessing.
  ({
    rows: [nurse],
  } = await pool.query(`
    select c.nik, c.full_name, c.birth_date::text, s.number as str_number, substr(c.village_code, 1, 5) as regency_code
      from population.citizen c join licensing.str s on s.nik = c.nik order by c.nik limit 1`));
  await pool.query(`update licensing.str set valid_until = null where nik = $1`, [nurse.nik]);
  await pool.query(`delete from licensing.sip where nik = $1`, [nurse.nik]);
  // A service whose rule covers applications and identity, and nothing of what an application's snapshot copies.
  await insertAccessRule(database.url, {
    clientId: 'narrow-client',
    purpose: 'LICENSE_APPLICATION',
    scopes: ['licensing.application', 'population.identity'],
    legalBasis: LegalBasis.PUBLIC_TASK,
  });
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const APPLY = `mutation ($nik: NIK!, $location: PracticeLocationInput!) {
  applyForLicence(nik: $nik, type: SIP, practiceLocation: $location) {
    id type status practiceLocation { name regencyCode }
    applicant { fullName sex birthPlace birthDate address }
    str { number profession validUntil }
    taxCompliance { status reasons }
    bpjs { cardNumber segment status }
    unmetRequirements
    history { status note }
    citizen { nik fullName }
  }
}`;

const REVIEW = `mutation ($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewLicenceApplication(id: $id, decision: $decision, note: $note) { id status issuedSip history { status note } }
}`;

async function makeCompliant(nik: string, compliant: boolean) {
  await pool.query(`delete from tax.filing where npwp in (select npwp from tax.taxpayer where nik = $1)`, [nik]);
  await pool.query(`delete from tax.taxpayer where nik = $1`, [nik]);
  await pool.query(`update health.membership set status = 'ACTIVE', status_reason = null where nik = $1`, [nik]);
  if (!compliant) return;
  await pool.query(`insert into tax.taxpayer values ($1, $1, 'ACTIVE', 'VALID', '001', '2015-01-01')`, [nik]);
  const year = new Date().getUTCFullYear();
  for (const y of [year - 3, year - 2, year - 1])
    await pool.query(`insert into tax.filing values ($1, $2, $3, 'F1770SS', 'FILED', $4)`, [
      `${nik}-${y}`,
      nik,
      y,
      `${y + 1}-02-10`,
    ]);
}

describe('applying for a SIP', () => {
  it('carries identity, address, STR, tax compliance and JKN status from the graph, given only NIK and location', async () => {
    await makeCompliant(nurse.nik, true);
    const { status, body } = await stack.post(APPLY, {
      nik: nurse.nik,
      location: { name: 'Klinik Pratama Sehat Bersama', regencyCode: nurse.regency_code },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const application = body.data.applyForLicence;
    expect(application).toMatchObject({
      type: 'SIP',
      status: 'SUBMITTED',
      practiceLocation: { name: 'Klinik Pratama Sehat Bersama', regencyCode: nurse.regency_code },
      applicant: { fullName: nurse.full_name, birthDate: nurse.birth_date },
      str: { number: nurse.str_number, validUntil: null },
      taxCompliance: { status: 'VALID', reasons: [] },
      bpjs: { status: 'ACTIVE' },
      unmetRequirements: [],
      history: [{ status: 'SUBMITTED', note: null }],
      citizen: { nik: nurse.nik, fullName: nurse.full_name },
    });
    expect(application.applicant.address).toMatch(/RT [0-9]{3}\/RW [0-9]{3}/);
    expect(application.bpjs.cardNumber).toMatch(/^[0-9]{13}$/);

    const verified = await stack.post(REVIEW, { id: application.id, decision: 'VERIFY' });
    expect(verified.body.data.reviewLicenceApplication.status).toBe('VERIFIED');
    const approved = await stack.post(REVIEW, { id: application.id, decision: 'APPROVE', note: 'Dokumen lengkap' });
    expect(approved.body.data.reviewLicenceApplication).toMatchObject({
      status: 'APPROVED',
      history: [{ status: 'SUBMITTED' }, { status: 'VERIFIED' }, { status: 'APPROVED', note: 'Dokumen lengkap' }],
    });
    const sip = approved.body.data.reviewLicenceApplication.issuedSip;
    expect(sip).toMatch(/^SIP\//);

    const profile = await stack.post(
      `query ($nik: NIK!) { citizen(nik: $nik) {
      licences { str { number } sips { number practiceLocation validUntil } } applications { id status }
    } }`,
      { nik: nurse.nik },
    );
    expect(profile.body.errors).toBeUndefined();
    expect(profile.body.data.citizen.licences.sips).toEqual([
      expect.objectContaining({ number: sip, practiceLocation: 'Klinik Pratama Sehat Bersama' }),
    ]);
    expect(profile.body.data.citizen.applications).toEqual([{ id: application.id, status: 'APPROVED' }]);
  });

  it('records unmet requirements, refuses to approve, and rejects only with a note', async () => {
    await makeCompliant(nurse.nik, false);
    await pool.query(
      `update health.membership set status = 'INACTIVE', status_reason = 'PREMIUM_ARREARS' where nik = $1`,
      [nurse.nik],
    );
    const { body } = await stack.post(APPLY, {
      nik: nurse.nik,
      location: { name: 'Puskesmas Sukamaju', regencyCode: nurse.regency_code },
    });
    const application = body.data.applyForLicence;
    expect(application.taxCompliance).toEqual({ status: 'INVALID', reasons: ['not registered as a taxpayer'] });
    expect(application.unmetRequirements).toEqual([
      'tax: not registered as a taxpayer',
      'JKN (BPJS Kesehatan) membership is not active',
    ]);

    const verify = await stack.post(REVIEW, { id: application.id, decision: 'VERIFY' });
    expect(verify.body.errors![0]).toMatchObject({
      message: 'cannot VERIFY an application with unmet requirements; reject it instead',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const approve = await stack.post(REVIEW, { id: application.id, decision: 'APPROVE' });
    expect(approve.body.errors![0].message).toBe('cannot APPROVE an application that is SUBMITTED');
    const silent = await stack.post(REVIEW, { id: application.id, decision: 'REJECT' });
    expect(silent.body.errors![0].message).toBe('a rejection needs a note saying why');
    const rejected = await stack.post(REVIEW, { id: application.id, decision: 'REJECT', note: 'Iuran BPJS menunggak' });
    expect(rejected.body.data.reviewLicenceApplication).toMatchObject({ status: 'REJECTED', issuedSip: null });
  });

  it('lets exactly one of concurrent conflicting reviews through, 20 times: a SIP only for the APPROVE that won', async () => {
    await makeCompliant(nurse.nik, true);
    for (let run = 0; run < 20; run += 1) {
      // At most three valid SIPs: the ones issued by earlier runs would become an unmet requirement.
      await pool.query('delete from licensing.sip where nik = $1', [nurse.nik]);
      const { body } = await stack.post(APPLY, {
        nik: nurse.nik,
        location: { name: `Klinik Pratama ${run}`, regencyCode: nurse.regency_code },
      });
      const { id } = body.data.applyForLicence;
      expect((await stack.post(REVIEW, { id, decision: 'VERIFY' })).body.data.reviewLicenceApplication.status).toBe(
        'VERIFIED',
      );
      const answers = await Promise.all(
        ['APPROVE', 'REJECT', 'APPROVE', 'REJECT', 'APPROVE', 'REJECT'].map((decision) =>
          stack.post(REVIEW, { id, decision, note: 'Keputusan serentak' }),
        ),
      );
      const won = answers.filter((a) => a.status === 200 && a.body.data?.reviewLicenceApplication);
      expect(won).toHaveLength(1);
      const final = won[0].body.data.reviewLicenceApplication;
      for (const lost of answers.filter((a) => a !== won[0])) {
        expect(lost.status).toBe(409);
        expect(lost.body.errors![0].extensions).toMatchObject({
          code: 'CONFLICT',
          reason: expect.stringMatching(new RegExp(`^cannot (APPROVE|REJECT) an application that is ${final.status}$`)),
        });
      }
      expect(final.history.map((h: { status: string }) => h.status)).toEqual(['SUBMITTED', 'VERIFIED', final.status]);
      const { rows } = await pool.query(
        `select a.status, a.issued_sip,
                (select count(*)::int from licensing.sip s where s.number = a.issued_sip) as sips,
                (select count(*)::int from licensing.application_event e where e.application_id = a.id) as events
           from licensing.application a where a.id = $1`,
        [id],
      );
      expect(rows[0]).toEqual(
        final.status === 'APPROVED'
          ? { status: 'APPROVED', issued_sip: final.issuedSip, sips: 1, events: 3 }
          : { status: 'REJECTED', issued_sip: null, sips: 0, events: 3 },
      );
    }
  });

  it("releases an application's copies of other data only where the live data would be", async () => {
    // An application filed while the nurse had no NPWP and an inactive JKN: its unmet requirements tell both.
    await makeCompliant(nurse.nik, false);
    await pool.query(
      `update health.membership set status = 'INACTIVE', status_reason = 'PREMIUM_ARREARS' where nik = $1`,
      [nurse.nik],
    );
    const filed = await stack.post(APPLY, {
      nik: nurse.nik,
      location: { name: 'Klinik Syarat Terbuka', regencyCode: nurse.regency_code },
    });
    await makeCompliant(nurse.nik, true);
    const { id, unmetRequirements } = filed.body.data.applyForLicence;
    expect(unmetRequirements).toEqual(
      expect.arrayContaining([expect.stringMatching(/^tax: /), 'JKN (BPJS Kesehatan) membership is not active']),
    );
    const token = await stack.token('officer', { client: 'narrow-client', purpose: 'LICENSE_APPLICATION' });
    const narrow = { authorization: `Bearer ${token}` };
    const { status, body } = await stack.post(
      `query ($nik: NIK!) { citizen(nik: $nik) { fullName bpjsMembership { cardNumber }
        applications { id status bpjs { cardNumber status } taxCompliance { status } str { number }
          applicant { fullName address } unmetRequirements } } }`,
      { nik: nurse.nik },
      narrow,
    );
    expect(status).toBe(200);
    const citizen = body.data.citizen;
    expect(citizen.fullName).toBe(nurse.full_name);
    expect(citizen.bpjsMembership).toBeNull();
    expect(citizen.applications.length).toBeGreaterThan(0);
    for (const application of citizen.applications)
      expect(application).toEqual({
        id: expect.any(String),
        status: expect.any(String),
        bpjs: null,
        taxCompliance: null,
        str: null,
        applicant: { fullName: nurse.full_name, address: null },
        // Requirements about tax, JKN, STR and SIPs are that data too: none is shown to this service.
        unmetRequirements: [],
      });
    expect(citizen.applications.map((a: { id: string }) => a.id)).toContain(id);
    const { rows } = await pool.query(
      `select distinct unnest(refused_scopes) as scope from audit.access_event
        where nik = $1 and client_id = 'narrow-client' and 'LicenceApplication.unmetRequirements' = any(fields)
        order by 1`,
      [nurse.nik],
    );
    // The applicant's event for the request names what the requirements were withheld for.
    expect(rows.map((r) => r.scope)).toEqual(expect.arrayContaining(['health.coverage', 'tax.compliance']));
    const refused = new Set(body.errors!.map((e) => `${String(e.path!.at(-1))} ${String(e.extensions?.code)}`));
    expect([...refused].sort()).toEqual([
      'address PURPOSE_NOT_ALLOWED',
      'bpjs PURPOSE_NOT_ALLOWED',
      'bpjsMembership PURPOSE_NOT_ALLOWED',
      'str PURPOSE_NOT_ALLOWED',
      'taxCompliance PURPOSE_NOT_ALLOWED',
    ]);
    expect(JSON.stringify(body)).not.toMatch(/RT [0-9]{3}|[0-9]{13}/);
  });

  it('makes no change it cannot put on the record: with the access log down, a review is 503 and nothing moves', async () => {
    await makeCompliant(nurse.nik, true);
    await pool.query('delete from licensing.sip where nik = $1', [nurse.nik]);
    const { body } = await stack.post(APPLY, {
      nik: nurse.nik,
      location: { name: 'Klinik Catatan Mati', regencyCode: nurse.regency_code },
    });
    const { id } = body.data.applyForLicence;
    const logDown = async (down: boolean) => {
      if (down) {
        await pool.query(`create or replace function audit.test_log_down() returns trigger language plpgsql as $$
          begin raise exception 'the access log is down'; end $$`);
        await pool.query(`create trigger test_log_down before insert on audit.access_event
          for each row execute function audit.test_log_down()`);
      } else await pool.query('drop trigger if exists test_log_down on audit.access_event');
    };
    const state = async () =>
      (
        await pool.query(
          `select a.status, a.issued_sip, (select count(*)::int from licensing.sip s where s.nik = a.nik) as sips,
                  (select count(*)::int from licensing.application_event e where e.application_id = a.id) as steps
             from licensing.application a where a.id = $1`,
          [id],
        )
      ).rows[0];
    try {
      await logDown(true);
      const verify = await stack.post(REVIEW, { id, decision: 'VERIFY' });
      expect(verify.status).toBe(503);
      expect(verify.body.errors![0].extensions?.code).toBe('ACCESS_LOG_UNAVAILABLE');
      expect(await state()).toEqual({ status: 'SUBMITTED', issued_sip: null, sips: 0, steps: 1 });
      await logDown(false);
      expect((await stack.post(REVIEW, { id, decision: 'VERIFY' })).status).toBe(200);
      await logDown(true);
      const approve = await stack.post(REVIEW, { id, decision: 'APPROVE', note: 'Lengkap' });
      expect(approve.status).toBe(503);
      expect(await state()).toEqual({ status: 'VERIFIED', issued_sip: null, sips: 0, steps: 2 });
    } finally {
      await logDown(false);
    }
    // Back up, the review goes through, and it is on the record with the applicant's NIK.
    const approved = await stack.post(REVIEW, { id, decision: 'APPROVE', note: 'Lengkap' });
    expect(approved.body.data.reviewLicenceApplication.status).toBe('APPROVED');
    const { rows } = await pool.query(
      `select nik, decision from audit.access_event
        where request_id = $1 and 'Mutation.reviewLicenceApplication' = any(fields)`,
      [approved.headers.get('x-request-id')],
    );
    expect(rows).toEqual([{ nik: nurse.nik, decision: 'ALLOWED' }]);
  });

  it("is reviewed by the demonstration catalogue's health office, and refused to others with the real reason", async () => {
    await makeCompliant(nurse.nik, true);
    await pool.query('delete from licensing.sip where nik = $1', [nurse.nik]);
    const as = async (role: 'citizen' | 'officer', options: { nik?: string; client?: string; purpose?: string }) => ({
      authorization: `Bearer ${await stack.token(role, options)}`,
    });
    const applicant = await as('citizen', { nik: nurse.nik });
    const desk = await as('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION' });
    const reviewer = await as('officer', { client: 'dinkes-console', purpose: 'LICENSE_APPLICATION' });
    const location = { name: 'Klinik Pratama Katalog', regencyCode: nurse.regency_code };
    const review = (id: string, decision: string, headers: Record<string, string>, note?: string) =>
      stack.post(REVIEW, { id, decision, note }, headers);

    // The applicant applies; neither they nor the SIP Online desk, whose rule rests on consent, may review.
    const own = await stack.post(APPLY, { nik: nurse.nik, location }, applicant);
    expect(own.body.errors).toBeUndefined();
    const { id } = own.body.data.applyForLicence;
    expect((await review(id, 'VERIFY', applicant)).body.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: expect.stringContaining('not by another key (KK, NPWP, card number, application id)'),
    });
    expect((await review(id, 'VERIFY', desk)).body.errors![0].extensions).toMatchObject({
      code: 'CONSENT_REQUIRED',
      reason: expect.stringMatching(/^the rule for client sip-online and purpose LICENSE_APPLICATION rests on consent/),
    });
    // The health office reads what the review needs, not the address, and takes it to a SIP.
    const read = await stack.post(
      `query ($id: ID!) { licenceApplication(id: $id) { status applicant { fullName address } str { number }
        taxCompliance { status } bpjs { status } unmetRequirements } }`,
      { id },
      reviewer,
    );
    expect(read.body.data.licenceApplication).toEqual({
      status: 'SUBMITTED',
      applicant: { fullName: nurse.full_name, address: null },
      str: { number: nurse.str_number },
      taxCompliance: { status: 'VALID' },
      bpjs: { status: 'ACTIVE' },
      unmetRequirements: [],
    });
    expect(read.body.errors!.map((e) => [e.path!.at(-1), e.extensions?.code])).toEqual([
      ['address', 'PURPOSE_NOT_ALLOWED'],
    ]);
    expect((await review(id, 'VERIFY', reviewer)).body.data.reviewLicenceApplication.status).toBe('VERIFIED');
    const approved = await review(id, 'APPROVE', reviewer, 'Dokumen lengkap');
    expect(approved.body.data.reviewLicenceApplication).toMatchObject({ status: 'APPROVED', issuedSip: /^SIP\// });

    // Through the desk: on a consent short of what the application reads nothing is submitted, and the answer
    // names the consent missing, not an agency down.
    const grant = (scopes: string[]) =>
      stack.post(
        `mutation ($s: [String!]!) { grantConsent(input: { clientId: "sip-online", purpose: "LICENSE_APPLICATION",
          scopes: $s }) { id } }`,
        { s: scopes },
        applicant,
      );
    const applications = async () =>
      Number((await pool.query('select count(*) from licensing.application')).rows[0].count);
    const before = await applications();
    await grant(['licensing.application']);
    const short = await stack.post(APPLY, { nik: nurse.nik, location }, desk);
    expect(short.body.errors![0].extensions).toMatchObject({
      code: 'CONSENT_REQUIRED',
      reason: expect.stringMatching(
        /^the applicant's data may not be read by this caller \(no active consent by the citizen covers population\.identity for client sip-online/,
      ),
    });
    expect(await applications()).toBe(before);
    await grant([
      'licensing.application',
      'population.identity',
      'population.address',
      'licensing.professional',
      'tax.compliance',
      'health.coverage',
    ]);
    const submitted = await stack.post(APPLY, { nik: nurse.nik, location }, desk);
    expect(submitted.body.errors).toBeUndefined();
    expect(submitted.body.data.applyForLicence).toMatchObject({ status: 'SUBMITTED', unmetRequirements: [] });
  });

  it('refuses a bad practice location and stores nothing when the graph cannot supply the applicant', async () => {
    const bad = await stack.post(APPLY, { nik: nurse.nik, location: { name: 'X', regencyCode: nurse.regency_code } });
    expect(bad.body.errors![0]).toMatchObject({
      message: 'practiceLocation.name must be 3-200 characters',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const before = Number((await pool.query('select count(*) from licensing.application')).rows[0].count);
    await stack.stopSubgraph('tax');
    const down = await stack.post(APPLY, {
      nik: nurse.nik,
      location: { name: 'Puskesmas Sukamaju', regencyCode: nurse.regency_code },
    });
    expect(down.body.errors![0]).toMatchObject({
      message: "The applicant's data could not be read from: tax; nothing was submitted",
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'licensing' },
    });
    expect(Number((await pool.query('select count(*) from licensing.application')).rows[0].count)).toBe(before);
  });
});
