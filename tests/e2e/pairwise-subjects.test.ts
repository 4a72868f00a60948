import { CACHE_HEADER } from '../../gateway/plugins/response-cache';
import { PAIRWISE_SUBJECT } from '../../policy/pairwise';
import { LegalBasis } from '../../schema/legal-bases';
import type { Scope } from '../../schema/scopes';
import { seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertAccessRule } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

// Clients the steward sets to PAIRWISE receive, where a person's NIK would be, an identifier of that person for
// that client alone (UU PDP data minimisation), and ask about the person by it; the hub still records the NIK.
let database: TestDatabase;
let stack: Stack;
const PURPOSE = 'LICENSE_APPLICATION';
const SCOPES: Scope[] = ['population.identity', 'population.family', 'regsosek.household', 'tax.profile'];
const [FIRST, SECOND, PLAIN] = ['pairwise-one', 'pairwise-two', 'nik-app'];
/** Every NIK of the synthetic population. */
let everyNik: string[];
/** A family head with a family of several, a household of several, and an NPWP that is the NIK. */
let person: { nik: string; fullName: string };

beforeAll(async () => {
  database = await createTestDatabase('pairwise_subjects');
  await seedPopulation(database.pool, { citizens: 300, seed: 'pairwise-subjects' });
  for (const clientId of [FIRST, SECOND, PLAIN])
    await insertAccessRule(database.url, {
      clientId,
      purpose: PURPOSE,
      scopes: SCOPES,
      legalBasis: LegalBasis.PUBLIC_TASK,
    });
  everyNik = (await database.pool.query<{ nik: string }>('select nik from population.citizen')).rows.map((r) => r.nik);
  const { rows } = await database.pool.query<{ nik: string; full_name: string }>(
    `select c.nik, c.full_name from population.citizen c
       join tax.taxpayer t on t.npwp = c.nik
       join regsosek.household_member m on m.nik = c.nik
      where c.family_relationship = 'HEAD'
        and (select count(*) from population.citizen f where f.family_kk = c.family_kk) >= 3
        and (select count(*) from regsosek.household_member o where o.household_id = m.household_id) >= 3
      order by c.nik limit 1`,
  );
  person = { nik: rows[0].nik, fullName: rows[0].full_name };
  stack = await startStack(database.url, { responseCacheTtlSeconds: 60 });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const as = async (role: 'steward' | 'auditor') => ({ authorization: `Bearer ${await stack.token(role)}` });
const officerOf = async (client: string) => ({
  authorization: `Bearer ${await stack.token('officer', { client, purpose: PURPOSE })}`,
});

const SET_KIND =
  'mutation ($id: String!, $kind: SubjectIdentifierKind!) { setClientSubjectIdentifiers(clientId: $id, kind: $kind, ' +
  'reason: "Data minimisation for the test suite") { id subjectIdentifiers } }';

/** The Citizen 360 shape of this test: the person's NIK under two names, family, household and NPWP. */
const profile = (marker: string) =>
  `query Profile${marker}($nik: NIK!) { citizen(nik: $nik) { nik again: nik fullName
     family { members { relationship citizen { nik fullName } } }
     household { members { nik citizen { nik } } }
     taxProfile { npwp status } } }`;

/** The NIKs of the synthetic population found anywhere in a response's bytes. */
const niksIn = (text: string) => everyNik.filter((nik) => text.includes(nik));

describe('the setting', () => {
  it('is refused to anyone but a steward (FORBIDDEN), and changes nothing then', async () => {
    for (const headers of [await officerOf(FIRST), await as('auditor')]) {
      const { body } = await stack.post(SET_KIND, { id: FIRST, kind: 'PAIRWISE' }, headers);
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const { body } = await stack.post('{ clients { id subjectIdentifiers } }', undefined, await as('steward'));
    expect(body.data.clients).toEqual(
      expect.arrayContaining([
        { id: FIRST, subjectIdentifiers: 'NIK' },
        { id: PLAIN, subjectIdentifiers: 'NIK' },
      ]),
    );
  });

  it('is set by a steward, on the change log and the access log', async () => {
    for (const id of [FIRST, SECOND]) {
      const { status, body } = await stack.post(SET_KIND, { id, kind: 'PAIRWISE' }, await as('steward'));
      expect([status, body.errors, body.data.setClientSubjectIdentifiers]).toEqual([
        200,
        undefined,
        { id, subjectIdentifiers: 'PAIRWISE' },
      ]);
    }
    const changes = await database.pool.query(
      `select kind, detail from consent.steward_change where subject = $1 order by at desc limit 1`,
      [FIRST],
    );
    expect(changes.rows[0]).toEqual({ kind: 'CLIENT', detail: { subjectIdentifiers: 'PAIRWISE', previous: 'NIK' } });
    const events = await database.pool.query(
      `select count(*)::int as n from audit.access_event where kind = 'CLIENT_CHANGED' and client_id = $1`,
      [FIRST],
    );
    expect(events.rows[0].n).toBeGreaterThanOrEqual(1);
  });
});

describe('answers to a client set to PAIRWISE', () => {
  it('hold no NIK anywhere: the person, family and household members, and the NPWP, are its identifiers', async () => {
    // The client learns its identifiers from answers: here a lookup by family card, which names nobody.
    const kk = (await database.pool.query('select family_kk from population.citizen where nik = $1', [person.nik]))
      .rows[0].family_kk as string;
    const byCard = await stack.post(
      'query ($kk: KK!) { family(kk: $kk) { members { citizen { nik fullName } } } }',
      { kk },
      await officerOf(FIRST),
    );
    expect(byCard.body.errors).toBeUndefined();
    expect(niksIn(byCard.text)).toEqual([]);
    const head = byCard.body.data.family.members.find(
      (m: { citizen: { fullName: string } }) => m.citizen.fullName === person.fullName,
    );
    const subject = head.citizen.nik as string;
    expect(subject).toMatch(PAIRWISE_SUBJECT);

    const answer = await stack.post(profile('All'), { nik: subject }, await officerOf(FIRST));
    expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
    expect(niksIn(answer.text)).toEqual([]);
    const citizen = answer.body.data.citizen;
    expect([citizen.nik, citizen.again, citizen.fullName]).toEqual([subject, subject, person.fullName]);
    expect(citizen.taxProfile.npwp).toBe(subject);
    const familyNiks = citizen.family.members.map((m: { citizen: { nik: string } }) => m.citizen.nik);
    const householdNiks = citizen.household.members.flatMap((m: { nik: string; citizen: { nik: string } | null }) => [
      m.nik,
      ...(m.citizen ? [m.citizen.nik] : []),
    ]);
    expect(familyNiks.length).toBeGreaterThanOrEqual(3);
    expect(householdNiks.length).toBeGreaterThanOrEqual(3);
    for (const nik of [...familyNiks, ...householdNiks]) expect(nik).toMatch(PAIRWISE_SUBJECT);
  });

  it('differ between two clients, and are the same for one client at every read', async () => {
    const subjectOf = async (client: string) => {
      const { body } = await stack.post(
        'query ($kk: KK!) { family(kk: $kk) { members { citizen { nik fullName } } } }',
        { kk: await kkOf(person.nik) },
        await officerOf(client),
      );
      return body.data.family.members.map((m: { citizen: { nik: string } }) => m.citizen.nik).sort() as string[];
    };
    const [first, again, second] = [await subjectOf(FIRST), await subjectOf(FIRST), await subjectOf(SECOND)];
    expect(again).toEqual(first);
    expect(second.filter((subject) => first.includes(subject))).toEqual([]);
    for (const subject of [...first, ...second]) expect(subject).toMatch(PAIRWISE_SUBJECT);
  });

  it('are what a NIK client is not: it still receives NIKs', async () => {
    const { body } = await stack.post(profile('Plain'), { nik: person.nik }, await officerOf(PLAIN));
    expect(body.data.citizen.nik).toBe(person.nik);
    expect(body.data.citizen.taxProfile.npwp).toBe(person.nik);
  });

  it('are withheld whole (500) when a NIK is left where no NIK field is, and the NIK is in no byte of it', async () => {
    const subject = await subjectFor(FIRST, person.nik);
    // A free text that quotes the person's NIK: an untyped NIK the rewriting cannot know of.
    const { rows } = await database.pool.query('select birth_place from population.citizen where nik = $1', [
      person.nik,
    ]);
    await database.pool.query('update population.citizen set birth_place = $2 where nik = $1', [
      person.nik,
      `Bandung (KTP ${person.nik})`,
    ]);
    try {
      const { status, text, body } = await stack.post(
        'query Leak($n: NIK!) { citizen(nik: $n) { nik birthPlace } }',
        { n: subject },
        await officerOf(FIRST),
      );
      expect([status, body.data, body.errors?.[0].extensions?.code]).toEqual([500, undefined, 'INTERNAL_SERVER_ERROR']);
      expect(niksIn(text)).toEqual([]);
      // The NIK client reads the same text as it is.
      const plain = await stack.post(
        'query Leak($n: NIK!) { citizen(nik: $n) { birthPlace } }',
        { n: person.nik },
        {
          ...(await officerOf(PLAIN)),
        },
      );
      expect(plain.body.data.citizen.birthPlace).toContain(person.nik);
    } finally {
      await database.pool.query('update population.citizen set birth_place = $2 where nik = $1', [
        person.nik,
        rows[0].birth_place,
      ]);
    }
  });
});

describe('asking by identifier', () => {
  it('finds the person by the identifier the client was given, in a variable or written in the query', async () => {
    const subject = await subjectFor(FIRST, person.nik);
    const byVariable = await stack.post(
      'query ($n: NIK!) { citizen(nik: $n) { nik fullName } }',
      { n: subject },
      await officerOf(FIRST),
    );
    expect(byVariable.body).toEqual({ data: { citizen: { nik: subject, fullName: person.fullName } } });
    const inline = await stack.post(
      `{ one: citizen(nik: "${subject}") { fullName } many: citizens(niks: ["${subject}"]) { nik } }`,
      undefined,
      await officerOf(FIRST),
    );
    expect(inline.body).toEqual({ data: { one: { fullName: person.fullName }, many: [{ nik: subject }] } });
  });

  it("refuses another client's identifier and a made-up one alike, without saying whether anyone has it", async () => {
    const theirs = await subjectFor(SECOND, person.nik);
    const madeUp = 'ps-aaaaaaaaaaaaaaaaaaaaaaaaaa';
    const answers = [];
    for (const n of [theirs, madeUp]) {
      const { status, body } = await stack.post(
        'query ($n: NIK!) { citizen(nik: $n) { fullName } }',
        { n },
        await officerOf(FIRST),
      );
      answers.push([status, body.errors?.[0].message, body.errors?.[0].extensions?.code, body.data]);
    }
    expect(answers).toEqual([
      [400, 'unknown subject identifier', 'BAD_USER_INPUT', undefined],
      [400, 'unknown subject identifier', 'BAD_USER_INPUT', undefined],
    ]);
  });

  it('refuses a NIK from a client set to PAIRWISE, saying to use the identifiers', async () => {
    for (const [query, variables] of [
      ['query ($n: NIK!) { citizen(nik: $n) { fullName } }', { n: person.nik }],
      [`{ citizen(nik: "${person.nik}") { fullName } }`, undefined],
      ['query ($p: NPWP!) { taxProfileByNpwp(npwp: $p) { status } }', { p: person.nik }],
    ] as const) {
      const { status, text, body } = await stack.post(query, variables, await officerOf(FIRST));
      expect([status, body.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(body.errors?.[0].message).toMatch(/pairwise subject identifiers.*not by a NIK/);
      expect(niksIn(text)).toEqual([]);
    }
  });

  it('is on the access log with the real NIK', async () => {
    const subject = await subjectFor(FIRST, person.nik);
    const before = await readsOf(FIRST, person.nik);
    await stack.post('query ($n: NIK!) { citizen(nik: $n) { fullName } }', { n: subject }, await officerOf(FIRST));
    expect(await readsOf(FIRST, person.nik)).toBeGreaterThan(before);
    const bySubject = await database.pool.query('select count(*)::int as n from audit.access_event where nik = $1', [
      subject,
    ]);
    expect(bySubject.rows[0].n).toBe(0);
  });
});

describe('the answer cache', () => {
  it('serves a client set to PAIRWISE its identifiers, and a NIK client NIKs, from one query text', async () => {
    const query = `query Cached${process.pid}($n: NIK!) { citizen(nik: $n) { nik fullName family { members {
      citizen { nik } } } } }`;
    const subject = await subjectFor(FIRST, person.nik);
    const plain = [];
    const pairwise = [];
    for (let i = 0; i < 2; i += 1) {
      plain.push(await stack.post(query, { n: person.nik }, await officerOf(PLAIN)));
      pairwise.push(await stack.post(query, { n: subject }, await officerOf(FIRST)));
    }
    expect([...plain, ...pairwise].map((r) => r.headers.get(CACHE_HEADER))).toEqual(['miss', 'hit', 'miss', 'hit']);
    for (const response of plain) expect(response.body.data.citizen.nik).toBe(person.nik);
    for (const response of pairwise) {
      expect(response.body.data.citizen.nik).toBe(subject);
      expect(niksIn(response.text)).toEqual([]);
    }
    expect(pairwise[1].body).toEqual(pairwise[0].body);
  });

  it('never serves an answer cached before the client was set to PAIRWISE with its NIKs', async () => {
    const query = `query Before${process.pid}($kk: KK!) { family(kk: $kk) { members { citizen { nik } } } }`;
    const kk = await kkOf(person.nik);
    const steward = await as('steward');
    const { body } = await stack.post(SET_KIND, { id: PLAIN, kind: 'NIK' }, steward);
    expect(body.data.setClientSubjectIdentifiers.subjectIdentifiers).toBe('NIK');
    const cached = await stack.post(query, { kk }, await officerOf(PLAIN));
    expect(niksIn(cached.text)).toContain(person.nik);
    try {
      await stack.post(SET_KIND, { id: PLAIN, kind: 'PAIRWISE' }, steward);
      const after = await stack.post(query, { kk }, await officerOf(PLAIN));
      expect([after.status, after.body.errors]).toEqual([200, undefined]);
      expect(niksIn(after.text)).toEqual([]);
    } finally {
      await stack.post(SET_KIND, { id: PLAIN, kind: 'NIK' }, steward);
    }
    const back = await stack.post(query, { kk }, await officerOf(PLAIN));
    expect(niksIn(back.text)).toContain(person.nik);
  });
});

async function kkOf(nik: string): Promise<string> {
  const { rows } = await database.pool.query('select family_kk from population.citizen where nik = $1', [nik]);
  return rows[0].family_kk;
}

/** The client's identifier of a person, as the client learns it: from an answer (a lookup by family card). */
async function subjectFor(client: string, nik: string): Promise<string> {
  const { rows } = await database.pool.query('select full_name from population.citizen where nik = $1', [nik]);
  const { body } = await stack.post(
    'query ($kk: KK!) { family(kk: $kk) { members { citizen { nik fullName } } } }',
    { kk: await kkOf(nik) },
    await officerOf(client),
  );
  return body.data.family.members.find(
    (m: { citizen: { fullName: string } }) => m.citizen.fullName === rows[0].full_name,
  ).citizen.nik;
}

async function readsOf(client: string, nik: string): Promise<number> {
  const { rows } = await database.pool.query(
    `select count(*)::int as n from audit.access_event where client_id = $1 and nik = $2 and decision = 'ALLOWED'`,
    [client, nik],
  );
  return rows[0].n;
}
