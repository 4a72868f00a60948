import { seedPopulation, sampleNiks } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// A citizen's token reads the whole own profile and nothing of anyone else's, decided per person in each subgraph.
let database: TestDatabase;
let stack: Stack;
let own: string;
let relative: string;
let stranger: string;
let kk: string;

beforeAll(async () => {
  database = await createTestDatabase('citizen_access');
  const pool = database.pool;
  await seedPopulation(pool, { citizens: 600, seed: 'citizen-access' });
  [own] = await sampleNiks(pool, 1);
  ({
    rows: [{ family_kk: kk }],
  } = await pool.query('select family_kk from population.citizen where nik = $1', [own]));
  ({
    rows: [{ nik: relative }],
  } = await pool.query('select nik from population.citizen where family_kk = $1 and nik <> $2 order by nik limit 1', [
    kk,
    own,
  ]));
  ({
    rows: [{ nik: stranger }],
  } = await pool.query('select nik from population.citizen where family_kk <> $1 order by nik limit 1', [kk]));
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const asCitizen = async (query: string, variables?: Record<string, unknown>) =>
  stack.post(query, variables, { authorization: `Bearer ${await stack.token('citizen', { nik: own })}` });

const PROFILE = `query ($nik: NIK!) { citizen(nik: $nik) {
  nik fullName birthDate religion address { rt village { name } }
  family { kk members { relationship citizen { nik fullName taxProfile { status } } } }
  household { welfareDecile } eligibility { pbiJk }
  taxProfile { npwp filings { year } } bpjsMembership { status } ihsNumber
  licences { sips { number } } applications { id }
} }`;

describe('a citizen token', () => {
  it('reads the whole own profile across every agency', async () => {
    const { status, body } = await asCitizen(PROFILE, { nik: own });
    expect(status).toBe(200);
    const citizen = body.data.citizen;
    expect(citizen).toMatchObject({ nik: own, taxProfile: { npwp: own }, bpjsMembership: { status: 'ACTIVE' } });
    expect(citizen.fullName.length).toBeGreaterThan(2);
    expect(citizen.household.welfareDecile).toBeGreaterThanOrEqual(1);
    // Family members' names are on the citizen's own family card; their tax profiles are not.
    const others = citizen.family.members.filter((m: { citizen: { nik: string } }) => m.citizen.nik !== own);
    expect(others.length).toBeGreaterThan(0);
    expect(
      others.every(
        (m: { citizen: { fullName: unknown; taxProfile: unknown } }) =>
          typeof m.citizen.fullName === 'string' && m.citizen.taxProfile === null,
      ),
    ).toBe(true);
    const refused = (body.errors ?? []).map((e) => `${e.extensions!.code} ${e.path!.join('.')}`);
    expect(refused.every((r: string) => /^FORBIDDEN citizen\.family\.members\.\d+\.citizen\.taxProfile$/.test(r))).toBe(
      true,
    );
    expect(refused).toHaveLength(others.length);
  });

  it('gets FORBIDDEN for another NIK, the same whether that NIK exists or not', async () => {
    const existing = await asCitizen('query ($nik: NIK!) { citizen(nik: $nik) { fullName } }', { nik: stranger });
    const missing = await asCitizen('query ($nik: NIK!) { citizen(nik: $nik) { fullName } }', {
      nik: '3204120101990009',
    });
    expect(existing.body).toEqual({
      data: { citizen: null },
      errors: [
        {
          message: 'Not allowed: a citizen may read only their own data',
          path: ['citizen'],
          extensions: {
            code: 'FORBIDDEN',
            reason: 'a citizen may read only their own data',
            serviceName: 'population',
          },
        },
      ],
    });
    expect(JSON.stringify(missing.body)).toBe(JSON.stringify(existing.body));
  });

  it('decides aliased NIKs in one request separately: own, a relative on the same card, a stranger', async () => {
    const { body } = await asCitizen(
      `query ($a: NIK!, $b: NIK!, $c: NIK!) {
        mine: citizen(nik: $a) { fullName taxProfile { status } }
        relative: citizen(nik: $b) { fullName taxProfile { status } }
        theirs: citizen(nik: $c) { fullName } }`,
      { a: own, b: relative, c: stranger },
    );
    expect(typeof body.data.mine.fullName).toBe('string');
    expect(body.data.mine.taxProfile).not.toBeNull();
    // What the family card shows, and nothing more.
    expect(typeof body.data.relative.fullName).toBe('string');
    expect(body.data.relative.taxProfile).toBeNull();
    expect(body.data.theirs).toBeNull();
    expect(body.errors!.map((e) => e.path!.join('.')).sort()).toEqual(['relative.taxProfile', 'theirs']);
  });

  it('cannot reach others through bulk lookups, other agencies or lookups by other keys', async () => {
    const checks: [string, Record<string, unknown>][] = [
      ['query ($n: [NIK!]!) { citizens(niks: $n) { nik } }', { n: [own, stranger] }],
      ['query ($n: NIK!) { taxCompliance(nik: $n) { status } }', { n: stranger }],
      ['query ($k: KK!) { family(kk: $k) { kk } }', { k: kk }],
      ['query ($k: KK!) { householdByKk(kk: $k) { id } }', { k: kk }],
      ['query ($p: NPWP!) { taxProfileByNpwp(npwp: $p) { status } }', { p: own }],
    ];
    for (const [query, variables] of checks) {
      const { body } = await asCitizen(query, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(Object.values(body.data ?? {}).every((v) => v === null)).toBe(true);
    }
    const mine = await asCitizen('query ($n: NIK!) { taxCompliance(nik: $n) { status } }', { n: own });
    expect(mine.body.errors).toBeUndefined();
  });
});

describe('household members after a family split', () => {
  it('follows the family card at the time of the read, and puts every member decided on their own record', async () => {
    const pool = database.pool;
    // A head and a son in one DTSEN household, on one family card.
    const {
      rows: [{ head, son, card }],
    } = await pool.query(
      `select h.nik as head, m.nik as son, c.family_kk as card from regsosek.household_member m
         join regsosek.household_member h on h.household_id = m.household_id
         join population.citizen c on c.nik = h.nik and c.family_relationship = 'HEAD'
         join population.citizen s on s.nik = m.nik and s.family_kk = c.family_kk and s.family_relationship = 'CHILD'
        order by m.nik limit 1`,
    );
    const asHead = async (query: string, variables: Record<string, unknown>) =>
      stack.post(query, variables, { authorization: `Bearer ${await stack.token('citizen', { nik: head })}` });
    const DIRECT = 'query ($nik: NIK!) { citizen(nik: $nik) { fullName } }';
    const MEMBERS = `query ($nik: NIK!) { citizen(nik: $nik) {
      household { members { nik disability employmentSector schoolLevel citizen { fullName } } } } }`;
    const events = async (response: { headers: Headers }) =>
      (
        await pool.query(
          'select nik, decision, refused_scopes, fields from audit.access_event where request_id = $1 order by nik',
          [response.headers.get('x-request-id')],
        )
      ).rows;
    // On one card, the son's name is on the father's family card; his survey answers are his own.
    expect((await asHead(DIRECT, { nik: son })).body.data.citizen.fullName).toEqual(expect.any(String));
    // FAMILY_SPLIT: the son gets a family card of his own (Dukcapil's register); DTSEN still lists him.
    const newCard = `${card.slice(0, 6)}9${card.slice(7)}`;
    await pool.query(`insert into population.family (kk, issued_on) values ($1, current_date)`, [newCard]);
    await pool.query(`update population.citizen set family_kk = $1, family_relationship = 'HEAD' where nik = $2`, [
      newCard,
      son,
    ]);
    try {
      const direct = await asHead(DIRECT, { nik: son });
      expect(direct.body.errors![0].extensions!.code).toBe('FORBIDDEN');
      const members = await asHead(MEMBERS, { nik: head });
      expect(members.body.errors).toBeUndefined();
      // The father sees his own entry; the son is not in the list at all, not even as a placeholder.
      expect(members.body.data.citizen.household.members.map((m: { nik: string }) => m.nik)).toEqual([head]);
      expect(JSON.stringify(members.body)).not.toContain(son);
      // ...and the attempt is on the son's record, refused.
      expect(await events(members)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            nik: son,
            decision: 'REFUSED',
            refused_scopes: ['regsosek.household'],
            fields: ['Household.members'],
          }),
          expect.objectContaining({ nik: head, decision: 'ALLOWED' }),
        ]),
      );
      // A service under a public-task rule for households reads every member DTSEN lists, each on their record.
      const officer = await stack.post(MEMBERS, { nik: head });
      const listed = officer.body.data.citizen.household.members.map((m: { nik: string }) => m.nik);
      expect(listed).toEqual(expect.arrayContaining([head, son]));
      const recorded = (await events(officer)).filter((e) => e.fields.includes('Household.members'));
      expect(recorded.map((e) => e.nik).sort()).toEqual([...listed].sort());
      expect(recorded.every((e) => e.decision === 'ALLOWED')).toBe(true);
    } finally {
      await pool.query(`update population.citizen set family_kk = $1, family_relationship = 'CHILD' where nik = $2`, [
        card,
        son,
      ]);
      await pool.query('delete from population.family where kk = $1', [newCard]);
    }
  });
});

describe('an officer token', () => {
  it('reads any profile under a public-task rule for its client and purpose (consent rules: consent.test.ts)', async () => {
    const { body } = await stack.post('query ($nik: NIK!) { citizen(nik: $nik) { fullName taxProfile { status } } }', {
      nik: stranger,
    });
    expect(body.errors).toBeUndefined();
    expect(typeof body.data.citizen.fullName).toBe('string');
  });
});
