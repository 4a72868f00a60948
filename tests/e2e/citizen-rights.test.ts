import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parseCsvRows } from '../../hub/csv';
import { verifyInclusion } from '../../policy/audit/merkle';
import { verifyDocument } from '../../policy/audit/signer';
import { seedPopulation } from '../../seeds/load';
import { LegalBasis } from '../../schema/legal-bases';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { insertAccessRule } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// The citizen's rights under UU PDP through the gateway: a copy of their data (Pasal 7, 13), signed, in the
// documented format, with provenance per value, CSV per agency, consents with receipts and the access log with its
// proofs; corrections (Pasal 6) routed to the agency that holds the datum; and the stewards' monthly report.
let database: TestDatabase;
let stack: Stack;
/** A citizen with a household, a tax profile and JKN membership: data from several agencies. */
let citizen: string;
/** Another citizen, whose data must never appear in the first one's copy. */
let other: string;
const everyNik = new Set<string>();

beforeAll(async () => {
  database = await createTestDatabase('data_export');
  await seedPopulation(database.pool, { citizens: 400, seed: 'data-export-e2e' });
  const { rows } = await database.pool.query(
    `select c.nik from population.citizen c
       join regsosek.household_member m on m.nik = c.nik
       join tax.taxpayer t on t.nik = c.nik
       join health.membership h on h.nik = c.nik
     order by c.nik limit 2`,
  );
  [citizen, other] = rows.map((r) => r.nik as string);
  for (const row of (await database.pool.query('select nik from population.citizen')).rows) everyNik.add(row.nik);
  // A service that may read identities on a public task, and nothing of an address.
  await insertAccessRule(database.url, {
    clientId: 'identity-desk',
    purpose: 'PUBLIC_SERVICE',
    scopes: ['population.identity'],
    legalBasis: LegalBasis.PUBLIC_TASK,
  });
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const as = async (nik: string) => ({ authorization: `Bearer ${await stack.token('citizen', { nik })}` });

const EXPORT = `mutation { requestDataExport {
  id createdAt format document signature keyId publicKey
  files { name agency mediaType content sha256 }
} }`;

interface Export {
  id: string;
  document: string;
  signature: string;
  keyId: string;
  publicKey: string;
  files: { name: string; agency: string; mediaType: string; content: string; sha256: string }[];
}

interface Datum {
  path: string;
  value: string | number | boolean;
  scope: string | null;
  agency: string;
  source: { agency: string; system: string; asOf: string } | null;
}

const sha256 = (text: string, encoding: 'hex' | 'base64' = 'hex') =>
  createHash('sha256').update(text, 'utf8').digest(encoding);

describe("a citizen's copy of their data", () => {
  let made: Export;
  let document: Record<string, unknown> & { data: Datum[] };

  beforeAll(async () => {
    // An officer reads the citizen's identity (on their access log), and the citizen consents to a service.
    const read = await stack.post('query ($nik: NIK!) { citizen(nik: $nik) { fullName } }', { nik: citizen });
    expect(read.body.errors).toBeUndefined();
    const granted = await stack.post(
      'mutation { grantConsent(input: { clientId: "sip-online", purpose: "LICENSE_APPLICATION", ' +
        'scopes: ["population.identity", "population.address"] }) { id } }',
      undefined,
      await as(citizen),
    );
    expect(granted.body.errors).toBeUndefined();
    const { body } = await stack.post(EXPORT, undefined, await as(citizen));
    expect(body.errors).toBeUndefined();
    made = body.data.requestDataExport;
    document = JSON.parse(made.document);
  });

  it("is signed by the hub's key: the signature checks out over the document, and fails for any change to it", () => {
    expect(
      verifyDocument(made.publicKey, 'data export', Buffer.from(made.document), {
        keyId: made.keyId,
        signature: Buffer.from(made.signature, 'base64'),
      }),
    ).toBe(true);
    // As anyone checks it, with nothing of the hub's code: Ed25519 over the note naming the document's digest.
    const note = `citizen360 data export\n${sha256(made.document, 'base64')}\n`;
    const key = createPublicKey(made.publicKey);
    expect(verifySignature(null, Buffer.from(note), key, Buffer.from(made.signature, 'base64'))).toBe(true);
    const tampered = made.document.replace(`"${citizen}"`, `"${other}"`);
    const tamperedNote = `citizen360 data export\n${sha256(tampered, 'base64')}\n`;
    expect(verifySignature(null, Buffer.from(tamperedNote), key, Buffer.from(made.signature, 'base64'))).toBe(false);
    // The same key signs the access log's checkpoints.
    const checkpointKeys = (document.accessLog as { inclusion: { checkpoint: { keyId: string } } | null }[])
      .filter((e) => e.inclusion)
      .map((e) => e.inclusion!.checkpoint.keyId);
    expect(new Set(checkpointKeys)).toEqual(new Set([made.keyId]));
  });

  it('is valid against its published JSON Schema, and names its format, subject and signing key', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../docs/data-export.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(document).toMatchObject({
      format: 'citizen360-data-export/1',
      exportId: made.id,
      subject: { nik: citizen },
      controller: { keyId: made.keyId },
    });
    // A package with a field the schema does not know is not valid: the schema is closed, not decorative.
    expect(validate({ ...document, extra: true })).toBe(false);
  });

  it('holds each value with its scope and where it came from, matching the registers', async () => {
    const { rows } = await database.pool.query(
      `select c.full_name, t.npwp, h.card_number from population.citizen c join tax.taxpayer t on t.nik = c.nik
        join health.membership h on h.nik = c.nik where c.nik = $1`,
      [citizen],
    );
    const at = (path: string) => document.data.find((d) => d.path === path);
    expect(at('citizen.fullName')).toMatchObject({
      value: rows[0].full_name,
      scope: 'population.identity',
      agency: 'Dukcapil (Kemendagri)',
      source: { agency: 'Dukcapil (Kemendagri)', system: 'synthetic seed' },
    });
    expect(at('citizen.taxProfile.npwp')).toMatchObject({
      value: rows[0].npwp,
      scope: 'tax.profile',
      agency: 'DJP (Kemenkeu)',
    });
    expect(at('citizen.bpjsMembership.cardNumber')).toMatchObject({
      value: rows[0].card_number,
      scope: 'health.coverage',
      agency: 'BPJS Kesehatan',
    });
    expect(at('citizen.welfareDecile')).toMatchObject({ scope: 'regsosek.household' });
    // Every value of the profile is in `data`, once.
    expect(new Set(document.data.map((d) => d.path)).size).toBe(document.data.length);
    expect(document.withheld).toEqual([]);
  });

  it('comes with one CSV file per agency whose digests the signed document lists', () => {
    const listed = document.files as { name: string; sha256: string; rows: number; agency: string }[];
    expect(made.files.map((f) => [f.name, f.sha256])).toEqual(listed.map((f) => [f.name, f.sha256]));
    expect(made.files.map((f) => f.agency)).toEqual(
      expect.arrayContaining(['Dukcapil (Kemendagri)', 'DJP (Kemenkeu)', 'BPJS Kesehatan', 'BPS']),
    );
    for (const file of made.files) {
      expect(sha256(file.content)).toBe(file.sha256);
      expect(file.mediaType).toBe('text/csv');
      const [header, ...rows] = parseCsvRows(file.content.trimEnd());
      expect(header).toEqual(['path', 'value', 'scope', 'agency', 'system', 'as_of']);
      expect(rows).toHaveLength(listed.find((f) => f.name === file.name)!.rows);
      expect(rows.every((row) => row[3] === file.agency)).toBe(true);
    }
    const population = made.files.find((f) => f.agency === 'Dukcapil (Kemendagri)')!;
    const fullName = document.data.find((d) => d.path === 'citizen.fullName')!;
    expect(parseCsvRows(population.content)).toContainEqual([
      'citizen.fullName',
      String(fullName.value),
      'population.identity',
      'Dukcapil (Kemendagri)',
      'synthetic seed',
      fullName.source!.asOf,
    ]);
  });

  it("holds no other person's NIK: only the subject's own", () => {
    const niks = made.document.match(/\b\d{16}\b/g) ?? [];
    const people = new Set(niks.filter((n) => everyNik.has(n)));
    expect([...people]).toEqual([citizen]);
  });

  it('holds their consents with the receipts, and their access log with proofs that check against the root', () => {
    const consents = document.consents as { clientId: string; receipt: { piiPrincipalId: string } }[];
    expect(consents).toEqual([
      expect.objectContaining({
        clientId: 'sip-online',
        receipt: expect.objectContaining({ piiPrincipalId: citizen }),
      }),
    ]);
    const log = document.accessLog as {
      position: number;
      kind: string;
      role: string;
      inclusion: { leafHash: string; leafIndex: number; path: string[]; checkpoint: { size: number; root: string } };
    }[];
    expect(log.some((e) => e.role === 'officer' && e.kind === 'ACCESS')).toBe(true);
    expect(log.some((e) => e.kind === 'CONSENT_GRANTED')).toBe(true);
    const hash = (s: string) => Buffer.from(s, 'base64');
    const sealed = log.filter((e) => e.inclusion);
    expect(sealed.length).toBeGreaterThanOrEqual(2);
    for (const { inclusion } of sealed) {
      const { checkpoint } = inclusion;
      expect(
        verifyInclusion(
          hash(inclusion.leafHash),
          inclusion.leafIndex,
          checkpoint.size,
          inclusion.path.map(hash),
          hash(checkpoint.root),
        ),
      ).toBe(true);
    }
  });

  it("is on the citizen's own access log as DATA_EXPORTED, without any value of the copy", async () => {
    const { rows } = await database.pool.query(
      `select kind, actor_role, nik, detail from audit.access_event where kind = 'DATA_EXPORTED' and nik = $1`,
      [citizen],
    );
    expect(rows).toEqual([
      expect.objectContaining({ actor_role: 'citizen', nik: citizen, detail: { exportId: made.id } }),
    ]);
    const { body } = await stack.post(
      '{ me { accessLog(first: 50) { entries { kind } } } }',
      undefined,
      await as(citizen),
    );
    expect(body.data.me.accessLog.entries.map((e: { kind: string }) => e.kind)).toContain('DATA_EXPORTED');
  });
});

describe('who may make a copy', () => {
  it('is the citizen only: an officer, a steward and an anonymous caller are refused', async () => {
    const officer = await stack.post(EXPORT);
    expect(officer.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const steward = await stack.post(EXPORT, undefined, {
      authorization: `Bearer ${await stack.token('steward')}`,
    });
    expect(steward.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await stack.post(EXPORT, undefined, { authorization: null });
    expect(anonymous.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const { rows } = await database.pool.query(`select count(*)::int as n from consent.rights_request`);
    expect(rows[0].n).toBe(1);
  });

  it('at most five times a day, even asked at once: the sixth and seventh are RATE_LIMITED and make nothing', async () => {
    const headers = await as(other);
    const answers = await Promise.all(Array.from({ length: 7 }, () => stack.post(EXPORT, undefined, headers)));
    const codes = answers.map(({ body }) => body.errors?.[0].extensions!.code ?? 'MADE').sort();
    expect(codes).toEqual(['MADE', 'MADE', 'MADE', 'MADE', 'MADE', 'RATE_LIMITED', 'RATE_LIMITED']);
    const { rows } = await database.pool.query(
      `select outcome, count(*)::int as n from consent.rights_request where nik = $1 group by outcome`,
      [other],
    );
    expect(rows).toEqual([{ outcome: 'DELIVERED', n: 5 }]);
  });
});

describe('corrections', () => {
  const ASK = `mutation ($field: String!, $value: String!, $evidence: String!) {
    requestCorrection(field: $field, proposedValue: $value, evidence: $evidence) {
      id field scope agency proposedValue evidence status receivedAt dueAt overdue answeredAt answer
    }
  }`;
  const QUEUE = `{ correctionQueue {
    id field scope agency proposedValue evidence status overdue citizen { nik fullName }
  } }`;
  const ANSWER = `mutation ($id: ID!, $accept: Boolean!, $reason: String!) {
    answerCorrection(id: $id, accept: $accept, reason: $reason) { id status answer answeredAt }
  }`;
  const PENDING = `query ($nik: NIK!) { citizen(nik: $nik) { pendingCorrections { field agency dueAt } } }`;
  const consentOfficer = async () => ({
    authorization: `Bearer ${await stack.token('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION' })}`,
  });
  const identityDesk = async () => ({
    authorization: `Bearer ${await stack.token('officer', { client: 'identity-desk', purpose: 'PUBLIC_SERVICE' })}`,
  });
  let name: { id: string };
  let street: { id: string };

  it('is asked by the citizen of one datum, routed to the agency that holds it, due in 3 x 24 hours', async () => {
    const { body } = await stack.post(
      ASK,
      { field: 'citizen.fullName', value: 'Siti Rahmawati', evidence: 'Akta kelahiran No. 3204-LT-01012000-0001' },
      await as(citizen),
    );
    expect(body.errors).toBeUndefined();
    name = body.data.requestCorrection;
    expect(name).toMatchObject({
      field: 'citizen.fullName',
      scope: 'population.identity',
      agency: 'Dukcapil (Kemendagri)',
      status: 'PENDING',
      overdue: false,
      answer: null,
    });
    const asked = body.data.requestCorrection;
    expect(Date.parse(asked.dueAt) - Date.parse(asked.receivedAt)).toBe(72 * 3_600_000);
    const mine = await stack.post('{ me { corrections { id status field } } }', undefined, await as(citizen));
    expect(mine.body.data.me.corrections).toEqual([{ id: name.id, status: 'PENDING', field: 'citizen.fullName' }]);
  });

  it('refuses what is not a datum of an agency, and oversized or empty text, as BAD_USER_INPUT without SQL', async () => {
    const headers = await as(citizen);
    const ask = (field: string, value = 'x', evidence = 'KTP') => stack.post(ASK, { field, value, evidence }, headers);
    for (const field of [
      'citizen.address',
      'citizen.nope',
      'consents',
      'citizen.serviceApplications[0].id',
      "citizen.fullName'; drop table consent.rights_request; --",
    ]) {
      const { body } = await ask(field);
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(/^field must be the path of a value of your profile held by an agency/);
    }
    const long = await ask('citizen.religion', 'x'.repeat(501));
    expect(long.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const empty = await ask('citizen.religion', 'ISLAM', '   ');
    expect(empty.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    // Their NIK in the text would reach officers of services that are never to see it.
    const withNik = await ask('citizen.religion', 'ISLAM', `KTP ${citizen}`);
    expect(withNik.body.errors![0].message).toBe(
      'do not write your NIK in a correction: the agency knows whose data it is',
    );
    expect(JSON.stringify([long.body, empty.body])).not.toMatch(/select|insert|rights_request/i);
    const officer = await stack.post(ASK, { field: 'citizen.fullName', value: 'x', evidence: 'y' });
    expect(officer.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('is one waiting per datum, even asked three times at once', async () => {
    const headers = await as(citizen);
    const answers = await Promise.all(
      ['Jl. Merdeka 1', 'Jl. Merdeka 2', 'Jl. Merdeka 3'].map((value) =>
        stack.post(ASK, { field: 'citizen.address.street', value, evidence: 'Surat keterangan RT' }, headers),
      ),
    );
    const codes = answers.map(({ body }) => body.errors?.[0].extensions!.code ?? 'ASKED').sort();
    expect(codes).toEqual(['ASKED', 'CONFLICT', 'CONFLICT']);
    street = answers.find(({ body }) => !body.errors)!.body.data.requestCorrection;
  });

  it("waits in the work queue of the agency's registrars only, each person on their access log", async () => {
    const { body } = await stack.post(QUEUE);
    expect(body.errors).toBeUndefined();
    expect(body.data.correctionQueue.map((c: { id: string }) => c.id)).toEqual([name.id, street.id]);
    expect(body.data.correctionQueue[0]).toMatchObject({
      proposedValue: 'Siti Rahmawati',
      agency: 'Dukcapil (Kemendagri)',
      citizen: { nik: citizen },
    });
    // A service reading the data on the citizen's consent is no registrar of it; one reading identities only
    // answers the name and not the address.
    const consentBased = await stack.post(QUEUE, undefined, await consentOfficer());
    expect(consentBased.body.data.correctionQueue).toEqual([]);
    const narrow = await stack.post(QUEUE, undefined, await identityDesk());
    expect(narrow.body.data.correctionQueue.map((c: { id: string }) => c.id)).toEqual([name.id]);
    const citizenAnswer = await stack.post(QUEUE, undefined, await as(citizen));
    expect(citizenAnswer.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const { rows } = await database.pool.query(
      `select count(*)::int as n from audit.access_event where nik = $1 and 'Query.correctionQueue' = any(fields)`,
      [citizen],
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('shows officers who may read a datum that a correction of it is pending', async () => {
    const registrar = await stack.post(PENDING, { nik: citizen });
    expect(registrar.body.data.citizen.pendingCorrections.map((p: { field: string }) => p.field)).toEqual([
      'citizen.fullName',
      'citizen.address.street',
    ]);
    const narrow = await stack.post(PENDING, { nik: citizen }, await identityDesk());
    expect(narrow.body.data.citizen.pendingCorrections).toEqual([
      expect.objectContaining({ field: 'citizen.fullName', agency: 'Dukcapil (Kemendagri)' }),
    ]);
    const someoneElse = await stack.post(PENDING, { nik: other });
    expect(someoneElse.body.data.citizen.pendingCorrections).toEqual([]);
  });

  it('is answered once by the agency, accepted or rejected with a reason the citizen reads', async () => {
    const consentBased = await stack.post(ANSWER, { id: name.id, accept: true, reason: 'ok' }, await consentOfficer());
    expect(consentBased.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const missingReason = await stack.post(ANSWER, { id: name.id, accept: true, reason: ' ' });
    expect(missingReason.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const because = 'Dicocokkan dengan akta kelahiran; SIAK diperbaiki, nilai baru tiba lewat konektor';
    const accepted = await stack.post(ANSWER, { id: name.id, accept: true, reason: because });
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data.answerCorrection).toMatchObject({ status: 'ACCEPTED' });
    const again = await stack.post(ANSWER, { id: name.id, accept: false, reason: 'no' });
    expect(again.body.errors![0].extensions!.code).toBe('CONFLICT');
    const refusal = 'Alamat di SIAK sesuai dengan surat pindah terakhir';
    const rejected = await stack.post(ANSWER, { id: street.id, accept: false, reason: refusal });
    expect(rejected.body.data.answerCorrection).toMatchObject({ status: 'REJECTED' });
    const unknown = await stack.post(ANSWER, { id: 'not-an-id', accept: true, reason: 'x' });
    expect(unknown.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const mine = await stack.post('{ me { corrections { id status answer } } }', undefined, await as(citizen));
    expect(mine.body.data.me.corrections).toEqual(
      expect.arrayContaining([
        { id: name.id, status: 'ACCEPTED', answer: because },
        { id: street.id, status: 'REJECTED', answer: refusal },
      ]),
    );
    const pending = await stack.post(PENDING, { nik: citizen });
    expect(pending.body.data.citizen.pendingCorrections).toEqual([]);
    const { rows } = await database.pool.query(
      `select count(*)::int as n from audit.access_event where nik = $1 and 'Mutation.answerCorrection' = any(fields)`,
      [citizen],
    );
    expect(rows[0].n).toBe(2);
  });

  it('tells the citizen of each answer in their inbox, with a link to their requests', async () => {
    const headers = await as(citizen);
    type Notice = { kind: string; title: string; body: string; link: string };
    const inbox = async (): Promise<Notice[]> =>
      (await stack.post('{ me { notifications { kind title body link } } }', undefined, headers)).body.data.me
        .notifications;
    const answered = (notices: Notice[]) => notices.filter((n) => n.kind === 'RIGHTS_ANSWER');
    const notices = answered(await eventually(inbox, (n) => answered(n).length >= 2));
    expect(notices.map((n) => n.body).sort()).toEqual([
      'Dukcapil (Kemendagri) accepted your correction of citizen.fullName. Its answer is with your request.',
      'Dukcapil (Kemendagri) rejected your correction of citizen.address.street. Its answer is with your request.',
    ]);
    expect(
      notices.every((n) => n.link === 'rights' && n.title === 'Dukcapil (Kemendagri) answered your correction'),
    ).toBe(true);
  });
});

describe("the stewards' report", () => {
  const REPORT = `query ($month: String!) { rightsReport(month: $month) {
    month exports { received answered answeredInTime open overdue outcomes { outcome count } medianHoursToAnswer }
    overdueExports { id kind agency receivedAt dueAt }
    corrections { received answered answeredInTime open outcomes { outcome count } }
    overdueCorrections { id }
  } }`;
  const jakartaMonth = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);

  it("counts the month's copies by outcome and time to answer, and lists the overdue ones naming nobody", async () => {
    // A copy asked for 73 hours ago that was never delivered (its process stopped while making it).
    const asked = new Date(Date.now() - 73 * 3_600_000);
    const { rows: planted } = await database.pool.query(
      `insert into consent.rights_request (id, kind, nik, agency, received_at, due_at, detail)
       values (gen_random_uuid(), 'DATA_EXPORT', $1, 'Citizen 360 hub', $2, $3, '{}') returning id`,
      [citizen, asked, new Date(asked.getTime() + 72 * 3_600_000)],
    );
    const month = jakartaMonth(new Date());
    const steward = { authorization: `Bearer ${await stack.token('steward')}` };
    const { body } = await stack.post(REPORT, { month }, steward);
    expect(body.errors).toBeUndefined();
    const report = body.data.rightsReport;
    const plantedThisMonth = jakartaMonth(asked) === month ? 1 : 0;
    expect(report.exports).toMatchObject({
      received: 6 + plantedThisMonth,
      answered: 6,
      answeredInTime: 6,
      open: plantedThisMonth,
      overdue: plantedThisMonth,
      outcomes: [{ outcome: 'DELIVERED', count: 6 }],
    });
    expect(report.exports.medianHoursToAnswer).toBeLessThan(1);
    expect(report.corrections).toEqual({
      received: 2,
      answered: 2,
      answeredInTime: 2,
      open: 0,
      outcomes: [
        { outcome: 'ACCEPTED', count: 1 },
        { outcome: 'REJECTED', count: 1 },
      ],
    });
    expect(report.overdueCorrections).toEqual([]);
    expect(report.overdueExports).toEqual([
      expect.objectContaining({ id: planted[0].id, kind: 'DATA_EXPORT', agency: 'Citizen 360 hub' }),
    ]);
    expect(JSON.stringify(body)).not.toContain(citizen);
    await database.pool.query('delete from consent.rights_request where id = $1', [planted[0].id]);
  });

  it('is for stewards and auditors: a citizen and an officer are refused, and a malformed month is BAD_USER_INPUT', async () => {
    const month = jakartaMonth(new Date());
    const citizenAnswer = await stack.post(REPORT, { month }, await as(citizen));
    expect(citizenAnswer.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const officer = await stack.post(REPORT, { month });
    expect(officer.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const auditor = await stack.post(REPORT, { month }, { authorization: `Bearer ${await stack.token('auditor')}` });
    expect(auditor.body.errors).toBeUndefined();
    const bad = await stack.post(
      REPORT,
      { month: '2026-13' },
      { authorization: `Bearer ${await stack.token('steward')}` },
    );
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors![0].message).toBe('month must be YYYY-MM');
  });
});

describe('with an agency down', () => {
  it('is still made, signed, with what could not be read listed as withheld and why', async () => {
    await stack.stopSubgraph('tax');
    const third = [...everyNik].find((n) => n !== citizen && n !== other)!;
    const { body } = await stack.post(EXPORT, undefined, await as(third));
    expect(body.errors).toBeUndefined();
    const document = JSON.parse(body.data.requestDataExport.document);
    expect(document.withheld).toContainEqual(
      expect.objectContaining({ agency: 'DJP (Kemenkeu)', code: 'SUBGRAPH_UNAVAILABLE' }),
    );
    expect(document.profile.citizen.taxProfile).toBeNull();
    expect(document.data.some((d: Datum) => d.agency === 'DJP (Kemenkeu)')).toBe(false);
    expect(JSON.stringify(document.withheld)).not.toMatch(/127\.0\.0\.1|http:|select /i);
    expect(document.data.some((d: Datum) => d.path === 'citizen.fullName')).toBe(true);
  });
});
