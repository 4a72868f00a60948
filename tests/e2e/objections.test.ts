import type { Pool } from 'pg';
import { CACHE_HEADER } from '../../gateway/plugins/response-cache';
import { seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { plantPbiCandidate } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// UU PDP Pasal 10 through the gateway: a citizen objects to an automated eligibility decision, every reader then
// sees it contested (a cached answer included), the social-affairs agency reviews it, and the citizen sees how.
let database: TestDatabase;
let stack: Stack;
let pool: Pool;
/** Eligible for PBI-JK by the rules (a poor household with no excluded member). */
let first: string;
/** Another household member, who objects to BPNT. */
let second: string;
/** Someone in no DTSEN household. */
let outsider: string;

beforeAll(async () => {
  database = await createTestDatabase('objections');
  pool = database.pool;
  await seedPopulation(pool, { citizens: 2_000, seed: 'objections-e2e' });
  ({ nik: first } = await plantPbiCandidate(pool));
  ({
    rows: [{ nik: second }],
  } = await pool.query('select nik from regsosek.household_member where nik <> $1 order by nik desc limit 1', [first]));
  // Seeded citizens are all surveyed: one is taken out of the register.
  ({
    rows: [{ nik: outsider }],
  } = await pool.query(
    `delete from regsosek.household_member where nik = (select nik from regsosek.household_member where nik <> all($1)
      order by nik limit 1) returning nik`,
    [[first, second]],
  ));
  // Officers' repeated reads are answered from the cache: an objection must still show at once.
  stack = await startStack(database.url, { responseCacheTtlSeconds: 60 });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const as = async (
  role: 'citizen' | 'officer' | 'steward' | 'auditor',
  options: { nik?: string; client?: string; purpose?: string } = {},
): Promise<Record<string, string>> => ({ authorization: `Bearer ${await stack.token(role, options)}` });
const citizen = (nik: string) => as('citizen', { nik });
const kemensos = () => as('officer', { client: 'siks-ng', purpose: 'SOCIAL_ASSISTANCE' });
const backOffice = () => as('officer', { client: 'mpp-backoffice', purpose: 'PUBLIC_SERVICE' });

const OBJECTION = `id programme eligible ruleVersion status outcome reviewReason reviewedAt receivedAt dueAt overdue
  reason inputs { welfareDecile maxDecile excludedSectors memberSectors }`;
const ELIGIBILITY = `pkh bpnt pbiJk contested reasons
  decisions { programme eligible ruleVersion status final
    inputs { welfareDecile maxDecile excludedSectors memberSectors }
    objection { ${OBJECTION} } }`;
const READ = `query ReadEligibility($n: NIK!) { citizen(nik: $n) { eligibility { ${ELIGIBILITY} } } }`;
const OBJECT = 'mutation ($p: Programme!, $r: String!) { objectToEligibility(programme: $p, reason: $r) { id } }';
const OBJECT_FULL = `mutation ($p: Programme!, $r: String!) { objectToEligibility(programme: $p, reason: $r) {
  ${OBJECTION} } }`;
const LIST = `query ($s: ObjectionStatus) { eligibilityObjections(status: $s) { ${OBJECTION} citizen { nik } } }`;
const REVIEW = `mutation ($id: ID!, $o: ObjectionOutcome!, $r: String!) {
  reviewEligibilityObjection(id: $id, outcome: $o, reason: $r) { ${OBJECTION} } }`;

interface Decision {
  programme: string;
  eligible: boolean;
  ruleVersion: number | null;
  status: string;
  final: boolean;
  inputs: { welfareDecile: number; maxDecile: number | null; excludedSectors: string[]; memberSectors: string[] };
  objection: null | Record<string, unknown>;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const decisionOf = (body: { data?: any }, programme: string): Decision =>
  (body.data.citizen.eligibility.decisions as Decision[]).find((d) => d.programme === programme)!;
const codes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  (body.errors ?? []).map((e) => e.extensions?.code);

describe('objecting to an automated eligibility decision', () => {
  it('serves each decision with its rule version and inputs, final before any objection', async () => {
    const { body } = await stack.post(READ, { n: first }, await citizen(first));
    expect(body.errors).toBeUndefined();
    const eligibility = body.data.citizen.eligibility;
    expect(eligibility).toMatchObject({ pbiJk: true, contested: false });
    const pbi = decisionOf(body, 'PBI_JK');
    expect(pbi).toMatchObject({ eligible: true, ruleVersion: 1, status: 'FINAL', final: true, objection: null });
    expect(pbi.inputs).toMatchObject({
      maxDecile: 5,
      excludedSectors: ['GOVERNMENT', 'MILITARY_POLICE', 'STATE_ENTERPRISE'],
    });
    expect(pbi.inputs.welfareDecile).toBeLessThanOrEqual(5);
    expect(pbi.inputs.memberSectors.length).toBeGreaterThan(0);
  });

  it('marks the decision contested for every reader at once, a cached officer answer included', async () => {
    const mpp = await backOffice();
    const before = await stack.post(READ, { n: first }, mpp);
    const again = await stack.post(READ, { n: first }, mpp);
    expect(again.headers.get(CACHE_HEADER)).toBe('hit');
    expect(again.body.data.citizen.eligibility.contested).toBe(false);
    expect(before.body.errors).toBeUndefined();

    // Only the id is asked for: nothing in the answer names the person, the objection itself must count.
    const objected = await stack.post(
      OBJECT,
      { p: 'PBI_JK', r: 'My husband lost his job in March.' },
      await citizen(first),
    );
    expect(objected.body.errors).toBeUndefined();

    const after = await stack.post(READ, { n: first }, mpp);
    expect(after.headers.get(CACHE_HEADER)).toBe('miss');
    expect(after.body.data.citizen.eligibility.contested).toBe(true);
    expect(decisionOf(after.body, 'PBI_JK')).toMatchObject({ status: 'CONTESTED', final: false, eligible: true });
    expect(decisionOf(after.body, 'PKH').status).not.toBe('CONTESTED');

    const siks = await stack.post(
      'query ($n: NIK!) { citizen(nik: $n) { eligibility { pbiJk contested } } }',
      { n: first },
      await kemensos(),
    );
    expect(siks.body).toEqual({ data: { citizen: { eligibility: { pbiJk: true, contested: true } } } });

    const own = await stack.post(READ, { n: first }, await citizen(first));
    const pbi = decisionOf(own.body, 'PBI_JK');
    expect(pbi).toMatchObject({ status: 'CONTESTED', final: false, ruleVersion: 1 });
    expect(pbi.objection).toMatchObject({
      id: objected.body.data.objectToEligibility.id,
      programme: 'PBI_JK',
      eligible: true,
      ruleVersion: 1,
      status: 'OPEN',
      outcome: null,
      reason: 'My husband lost his job in March.',
      overdue: false,
      inputs: pbi.inputs,
    });
    const { receivedAt, dueAt } = pbi.objection as { receivedAt: string; dueAt: string };
    expect(Date.parse(dueAt) - Date.parse(receivedAt)).toBe(72 * 3_600_000);
  });

  it('is not taken as final by a service meanwhile: a PBI-JK proposal lists the requirement as unmet', async () => {
    const { body } = await stack.post(
      `mutation ($n: NIK!) { applyForPbiJk(nik: $n, mppId: "mpp-3273") { requirements { requirement met detail } } }`,
      { n: first },
      await backOffice(),
    );
    expect(body.errors).toBeUndefined();
    const requirements: { met: boolean; detail: string | null }[] = body.data.applyForPbiJk.requirements;
    expect(requirements).toContainEqual(
      expect.objectContaining({
        met: false,
        detail: 'the PBI-JK eligibility decision is contested (an objection waits for review): it is not final',
      }),
    );
  });

  it('refuses a second open objection to the same decision with CONFLICT', async () => {
    const { body } = await stack.post(OBJECT, { p: 'PBI_JK', r: 'Again.' }, await citizen(first));
    expect(codes(body)).toEqual(['CONFLICT']);
  });

  it('keeps one of three objections sent at once', async () => {
    const headers = await citizen(second);
    const answers = await Promise.all(
      [1, 2, 3].map((n) => stack.post(OBJECT, { p: 'BPNT', r: `Objection number ${n}` }, headers)),
    );
    const stored = answers.filter((a) => a.body.data?.objectToEligibility);
    expect(stored).toHaveLength(1);
    expect(answers.flatMap((a) => codes(a.body)).sort()).toEqual(['CONFLICT', 'CONFLICT']);
    const { rows } = await pool.query(
      `select count(*)::int as n from regsosek.eligibility_objection where nik = $1 and programme = 'BPNT'`,
      [second],
    );
    expect(rows[0].n).toBe(1);
  });

  it("objects only about the caller: no other person's decision can be named, and officers cannot object", async () => {
    const naming = await stack.post(
      `mutation ($n: NIK!) { objectToEligibility(nik: $n, programme: PKH, reason: "not mine") { id } }`,
      { n: second },
      await citizen(first),
    );
    expect(codes(naming.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    for (const officer of [await kemensos(), await backOffice()]) {
      const { body } = await stack.post(OBJECT, { p: 'PKH', r: 'On behalf of someone' }, officer);
      expect(codes(body)).toEqual(['FORBIDDEN']);
      expect(body.data?.objectToEligibility ?? null).toBeNull();
    }
  });

  it('refuses someone in no DTSEN household, and a reason too long or empty, with BAD_USER_INPUT and no SQL', async () => {
    const nowhere = await stack.post(OBJECT, { p: 'PKH', r: 'Why not me?' }, await citizen(outsider));
    expect(codes(nowhere.body)).toEqual(['BAD_USER_INPUT']);
    for (const reason of ['x'.repeat(2_001), '   ']) {
      const { body } = await stack.post(OBJECT_FULL, { p: 'PKH', r: reason }, await citizen(first));
      expect(codes(body)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors?.[0].message).toBe('reason must be 1-2,000 characters');
      expect(JSON.stringify(body)).not.toMatch(/select|insert|regsosek\.|eligibility_objection/i);
    }
  });
});

describe('review by the social-affairs agency', () => {
  it('refuses listing and reviewing to anyone but officers working for SOCIAL_ASSISTANCE', async () => {
    const [open] = (await pool.query('select id from regsosek.eligibility_objection where nik = $1', [first])).rows;
    for (const caller of [await backOffice(), await citizen(first)]) {
      const list = await stack.post(LIST, { s: 'OPEN' }, caller);
      expect(codes(list.body)).toEqual(['FORBIDDEN']);
      expect(list.body.data?.eligibilityObjections ?? null).toBeNull();
      const review = await stack.post(REVIEW, { id: open.id, o: 'OVERTURNED', r: 'Because' }, caller);
      expect(codes(review.body)).toEqual(['FORBIDDEN']);
    }
    const { rows } = await pool.query(`select status from regsosek.eligibility_objection where id = $1`, [open.id]);
    expect(rows[0].status).toBe('OPEN');
  });

  it("lists open objections oldest first, each on its objector's access log", async () => {
    const { body, headers } = await stack.post(LIST, { s: 'OPEN' }, await kemensos());
    expect(body.errors).toBeUndefined();
    const listed = body.data.eligibilityObjections as { citizen: { nik: string }; programme: string }[];
    expect(listed.map((o) => [o.citizen.nik, o.programme])).toEqual([
      [first, 'PBI_JK'],
      [second, 'BPNT'],
    ]);
    expect(listed[0]).toMatchObject({ status: 'OPEN', overdue: false, reason: 'My husband lost his job in March.' });
    const { rows } = await pool.query(
      `select nik, decision, fields from audit.access_event where request_id = $1 and nik is not null order by nik`,
      [headers.get('x-request-id')],
    );
    expect(rows.map((r) => r.nik).sort()).toEqual([first, second].sort());
    expect(rows.every((r) => r.decision === 'ALLOWED')).toBe(true);
    expect(rows[0].fields).toEqual(expect.arrayContaining(['EligibilityObjection.reason']));
  });

  it('overturns one decision and upholds another; each citizen sees the outcome and the reason', async () => {
    const id = async (nik: string) =>
      (await pool.query('select id from regsosek.eligibility_objection where nik = $1', [nik])).rows[0].id as string;
    const overturned = await stack.post(
      REVIEW,
      { id: await id(first), o: 'OVERTURNED', r: 'Household income verified above the PBI-JK threshold.' },
      await kemensos(),
    );
    expect(overturned.body.errors).toBeUndefined();
    expect(overturned.body.data.reviewEligibilityObjection).toMatchObject({
      status: 'ANSWERED',
      outcome: 'OVERTURNED',
    });
    const upheld = await stack.post(
      REVIEW,
      { id: await id(second), o: 'UPHELD', r: 'The decile is as surveyed.' },
      await kemensos(),
    );
    expect(upheld.body.errors).toBeUndefined();

    const mine = await stack.post(READ, { n: first }, await citizen(first));
    expect(mine.body.data.citizen.eligibility).toMatchObject({ pbiJk: false, contested: false });
    expect(mine.body.data.citizen.eligibility.reasons).toContain(
      'PBI_JK: not eligible on review by Kementerian Sosial',
    );
    expect(decisionOf(mine.body, 'PBI_JK')).toMatchObject({
      eligible: false,
      status: 'REVIEWED_OVERTURNED',
      final: true,
      objection: {
        status: 'ANSWERED',
        outcome: 'OVERTURNED',
        reviewReason: 'Household income verified above the PBI-JK threshold.',
      },
    });
    expect(decisionOf(mine.body, 'PBI_JK').objection!.reviewedAt).toEqual(expect.any(String));

    const theirs = await stack.post(READ, { n: second }, await citizen(second));
    const bpnt = decisionOf(theirs.body, 'BPNT');
    expect(bpnt).toMatchObject({
      status: 'REVIEWED_UPHELD',
      final: true,
      objection: { outcome: 'UPHELD', reviewReason: 'The decile is as surveyed.' },
    });
    expect(bpnt.eligible).toBe(theirs.body.data.citizen.eligibility.bpnt);
    expect(bpnt.eligible).toBe(bpnt.objection!.eligible);

    // The officers' reads (cached before the review) follow the human outcome too.
    const mpp = await stack.post(READ, { n: first }, await backOffice());
    expect(mpp.body.data.citizen.eligibility).toMatchObject({ pbiJk: false, contested: false });
  });

  it('tells each citizen of the review in their inbox', async () => {
    type Notice = { kind: string; title: string; body: string; link: string };
    const inbox = (nik: string) => async (): Promise<Notice[]> =>
      (await stack.post('{ me { notifications { kind title body link } } }', undefined, await citizen(nik))).body.data
        .me.notifications;
    const reviews = (notices: Notice[]) => notices.filter((n) => n.kind === 'RIGHTS_ANSWER');
    const firstNotices = reviews(await eventually(inbox(first), (n) => reviews(n).length > 0));
    expect(firstNotices).toEqual([
      {
        kind: 'RIGHTS_ANSWER',
        title: 'Your objection to the PBI_JK decision was reviewed',
        body:
          'An officer of Kementerian Sosial reviewed the PBI_JK decision you objected to and overturned it. The ' +
          'reason is with your eligibility.',
        link: 'rights',
      },
    ]);
    const secondNotices = reviews(await eventually(inbox(second), (n) => reviews(n).length > 0));
    expect(secondNotices.map((n) => n.body)).toEqual([
      expect.stringContaining('reviewed the BPNT decision you objected to and upheld it'),
    ]);
  });

  it('refuses to review an objection twice, and to object again to a reviewed decision, with CONFLICT', async () => {
    const { rows } = await pool.query('select id from regsosek.eligibility_objection where nik = $1', [first]);
    const again = await stack.post(REVIEW, { id: rows[0].id, o: 'UPHELD', r: 'Second thoughts' }, await kemensos());
    expect(codes(again.body)).toEqual(['CONFLICT']);
    const objectAgain = await stack.post(OBJECT, { p: 'PBI_JK', r: 'I disagree' }, await citizen(first));
    expect(codes(objectAgain.body)).toEqual(['CONFLICT']);
    const answered = await stack.post(LIST, { s: 'ANSWERED' }, await kemensos());
    expect(answered.body.data.eligibilityObjections.map((o: { outcome: string }) => o.outcome)).toEqual([
      'OVERTURNED',
      'UPHELD',
    ]);
  });

  it('serves a new automated decision once the rule changes: the review applied to the rule it reviewed', async () => {
    await pool.query(`update regsosek.programme_rule set max_decile = 6 where programme = 'PBI_JK'`);
    const { body } = await stack.post(READ, { n: first }, await citizen(first));
    expect(decisionOf(body, 'PBI_JK')).toMatchObject({
      eligible: true,
      ruleVersion: 2,
      status: 'FINAL',
      final: true,
      inputs: { maxDecile: 6 },
      objection: { outcome: 'OVERTURNED', ruleVersion: 1 },
    });
    expect(body.data.citizen.eligibility.pbiJk).toBe(true);
    const objected = await stack.post(OBJECT, { p: 'PBI_JK', r: 'Still wrong' }, await citizen(first));
    expect(objected.body.errors).toBeUndefined();
  });
});

describe("the stewards' rights report", () => {
  const REPORT = `query ($m: String!) { rightsReport(month: $m) { month
    objections { received answered answeredInTime open overdue outcomes { outcome count } }
    overdueObjections { id kind agency receivedAt dueAt } } }`;
  const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);

  it('counts the objections of the month and lists the overdue ones, naming no person', async () => {
    // The open objection is made overdue.
    const {
      rows: [open],
    } = await pool.query(
      `update regsosek.eligibility_objection set due_at = now() - interval '1 hour' where status = 'OPEN'
        returning id`,
    );
    for (const role of ['steward', 'auditor'] as const) {
      const { body } = await stack.post(REPORT, { m: month }, await as(role));
      expect(body.errors).toBeUndefined();
      expect(body.data.rightsReport).toMatchObject({
        month,
        objections: {
          received: 3,
          answered: 2,
          answeredInTime: 2,
          open: 1,
          overdue: 1,
          outcomes: [
            { outcome: 'OVERTURNED', count: 1 },
            { outcome: 'UPHELD', count: 1 },
          ],
        },
        overdueObjections: [{ id: open.id, kind: 'OBJECTION', agency: 'Kementerian Sosial' }],
      });
      expect(JSON.stringify(body)).not.toContain(first);
    }
  });

  it('refuses the counts to officers', async () => {
    const { body } = await stack.post(REPORT, { m: month }, await kemensos());
    expect(codes(body)).toContain('FORBIDDEN');
    expect(body.data?.rightsReport?.objections ?? null).toBeNull();
  });
});
