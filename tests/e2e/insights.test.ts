import { createHash } from 'node:crypto';
import { seedPopulation } from '../../seeds/load';
import { refreshProjection } from '../../subgraphs/insights/projection';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type GraphQLHttpResponse, type Stack } from '../support/stack';

// Planners' cohort tables through the gateway: counted on the pseudonymised projection, small cells suppressed
// together with what would give them away, counts perturbed so that the same question gets the same answer and
// two questions differing by one person do not tell that person's attributes.
let database: TestDatabase;
let stack: Stack;

interface Synthetic {
  regency: string;
  sex: string;
  ageBand: string;
  decile: number;
  bpjsActive: boolean;
  household: boolean;
}

/**
 * Adds made-up people to the projection, each with a fresh person key: the tables below need cells of known
 * sizes (a cell of exactly 3, cells of 12 to 40), which a seeded population of test size does not give.
 */
async function addPeople(label: string, people: Synthetic[]): Promise<void> {
  const keys = people.map((_, i) => createHash('sha256').update(`${label}:${i}`).digest('hex'));
  await database.pool.query(
    `insert into insights.person (person_key, household_key, is_head, province_code, regency_code, district_code, sex,
      age_band, welfare_decile,
       pkh, bpnt, pbi_jk, bpjs_segment, bpjs_active, npwp_status, has_str, has_sip, has_nib, record_key)
     select k, case when h then k end, h, substr(g, 1, 2), g, g || '.01', s, a, d, false, false, false, null, b, null,
     false, false, false, ('x' || substr(k, 1, 8))::bit(32)::bigint / 4294967296.0
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::boolean[], $7::boolean[]) as u(k, g,
       s, a, d, b, h)`,
    [
      keys,
      people.map((p) => p.regency),
      people.map((p) => p.sex),
      people.map((p) => p.ageBand),
      people.map((p) => p.decile),
      people.map((p) => p.bpjsActive),
      people.map((p) => p.household),
    ],
  );
  // Their regencies are listed with the projection, as a rebuild lists them.
  await database.pool.query('insert into insights.regency select distinct unnest($1::text[]) on conflict do nothing', [
    people.map((p) => p.regency),
  ]);
}

const times = (n: number, person: Omit<Synthetic, 'sex'>): Synthetic[] =>
  Array.from({ length: n }, (_, i) => ({ ...person, sex: i % 2 ? 'MALE' : 'FEMALE' }));

beforeAll(async () => {
  database = await createTestDatabase('insights');
  await seedPopulation(database.pool, { citizens: 5_000, seed: 'insights-e2e' });
  const client = await database.pool.connect();
  try {
    await refreshProjection(client, 'insights-test-key-0123456789abcdef');
  } finally {
    client.release();
  }
  // Poor households without active JKN in four regencies of NTT (made-up regency codes 53.91-53.94): cells of
  // 12 to 40 households, and in 53.93 one cell of exactly 3.
  const poor = { decile: 2, bpjsActive: false, household: true };
  const sizes: Record<string, number[]> = {
    '53.91': [30, 24, 18, 12],
    '53.92': [40, 16, 14, 22],
    '53.93': [25, 3, 19, 13],
    '53.94': [33, 28, 17, 15],
  };
  const bands = ['A25_34', 'A35_44', 'A45_54', 'A55_64'];
  await addPeople(
    'ntt',
    Object.entries(sizes).flatMap(([regency, counts]) =>
      counts.flatMap((n, i) => times(n, { regency, ageBand: bands[i], ...poor })),
    ),
  );
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const asPlanner = async (query: string, variables?: Record<string, unknown>) =>
  stack.post(query, variables, {
    authorization: `Bearer ${await stack.token('planner', { purpose: 'STATISTICS', client: 'planning-desk' })}`,
  });

const COHORT = `query ($filter: CohortFilter!, $groupBy: [Dimension!]!, $unit: CohortUnit) {
  cohort(filter: $filter, groupBy: $groupBy, unit: $unit) {
    asOf unit groupBy minCellSize total { count share suppressed }
    cells { coordinates { dimension value } count share suppressed }
  }
}`;

type Cell = {
  coordinates: { dimension: string; value: string | null }[];
  count: number | null;
  share: number | null;
  suppressed: string | null;
};
const key = (cell: Cell) => cell.coordinates.map((c) => c.value).join('|');
const cohort = (response: GraphQLHttpResponse) => {
  expect(response.body.errors).toBeUndefined();
  return response.body.data.cohort as { total: Cell; cells: Cell[]; asOf: string; minCellSize: number };
};

describe('cohort tables for planners', () => {
  const example = {
    filter: { regionPrefix: '53', decileMin: 1, decileMax: 4, bpjsActive: false },
    groupBy: ['REGENCY', 'AGE_BAND'],
    unit: 'HOUSEHOLD',
  };

  it('answers "households in deciles 1-4 in NTT without active JKN, by regency and age band" as a table', async () => {
    const table = cohort(await asPlanner(COHORT, example));
    expect(table.minCellSize).toBe(10);
    expect(Date.parse(table.asOf)).toBeLessThanOrEqual(Date.now());
    expect(table.cells.length).toBeGreaterThan(3);
    for (const cell of table.cells) {
      expect(cell.coordinates.map((c) => c.dimension)).toEqual(['REGENCY', 'AGE_BAND']);
      expect(cell.coordinates[0].value).toMatch(/^53\.[0-9]{2}$/);
      expect(cell.count === null).toBe(cell.suppressed !== null);
    }
    // The true counts, straight from the projection, are within the perturbation of the published ones.
    const { rows } = await database.pool.query(
      `select regency_code, age_band, count(*)::int as n from insights.person where is_head and household_key is not
        null and province_code = '53'
         and welfare_decile between 1 and 4 and not bpjs_active group by 1, 2`,
    );
    for (const cell of table.cells.filter((c) => c.count !== null)) {
      const truth = rows.find((r) => `${r.regency_code}|${r.age_band}` === key(cell))!.n;
      expect(Math.abs(cell.count! - truth)).toBeLessThanOrEqual(3);
      expect(truth).toBeGreaterThanOrEqual(10);
    }
  });

  it('suppresses a cell of 3 and enough others that no total gives it away', async () => {
    // The four age bands the made-up households are in: no empty cell in the 53.93 line besides the one of 3.
    const bands = ['A25_34', 'A35_44', 'A45_54', 'A55_64'];
    const table = cohort(await asPlanner(COHORT, { ...example, filter: { ...example.filter, ageBands: bands } }));
    expect(new Set(table.cells.map((c) => c.coordinates[1].value))).toEqual(new Set(bands));
    const { rows } = await database.pool.query(
      `select regency_code || '|' || age_band as cell from insights.person where is_head and household_key is not null
        and province_code = '53'
         and welfare_decile between 1 and 4 and not bpjs_active group by regency_code, age_band having count(*) = 3`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { cell } of rows)
      expect(table.cells.find((c) => key(c) === cell)).toMatchObject({
        count: null,
        share: null,
        suppressed: 'SMALL_CELL',
      });
    // Every line (a regency across age bands, an age band across regencies) holds no suppressed cell or at least
    // two: the line's total, which a coarser query publishes, cannot isolate one.
    for (const dimension of [0, 1]) {
      const lines = new Map<string, Cell[]>();
      for (const cell of table.cells)
        lines.set(cell.coordinates[1 - dimension].value ?? '', [
          ...(lines.get(cell.coordinates[1 - dimension].value ?? '') ?? []),
          cell,
        ]);
      for (const line of lines.values()) expect(line.filter((c) => c.suppressed).length).not.toBe(1);
    }
    expect(table.cells.filter((c) => c.coordinates[0].value === '53.93' && c.suppressed)).toEqual([
      expect.objectContaining({ suppressed: 'SMALL_CELL' }),
      expect.objectContaining({ suppressed: 'SECONDARY' }),
    ]);
  });

  it('answers an empty cell exactly as a small one: every cell the question could hold is in the table', async () => {
    const table = cohort(await asPlanner(COHORT, example));
    const { rows } = await database.pool.query(
      `select distinct regency_code from insights.person where province_code = '53' order by 1`,
    );
    // Every regency of NTT anybody lives in, by all seven age bands, whether or not the cohort has anyone there.
    expect(table.cells.map(key)).toEqual(
      rows.flatMap((r) =>
        ['A0_14', 'A15_24', 'A25_34', 'A35_44', 'A45_54', 'A55_64', 'A65_PLUS'].map(
          (band) => `${r.regency_code}|${band}`,
        ),
      ),
    );
    const { cells, ...rest } = table;
    const find = (cell: string) => cells.find((c) => key(c) === cell);
    // Nobody of the cohort under 15 heads a household in 53.91; three in 53.93 are 35-44. Both read alike.
    expect(find('53.91|A0_14')).toEqual({ ...find('53.93|A35_44'), coordinates: find('53.91|A0_14')!.coordinates });
    expect(find('53.93|A35_44')).toMatchObject({ count: null, share: null, suppressed: 'SMALL_CELL' });
    expect(rest.total.suppressed).toBeNull();
  });

  it('gives the same numbers to the same question, however it is written', async () => {
    const first = cohort(await asPlanner(COHORT, example));
    const again = cohort(await asPlanner(COHORT, { ...example, groupBy: ['REGENCY', 'AGE_BAND'] }));
    expect(again).toEqual(first);
    // Listing what always holds changes nothing.
    const same = cohort(
      await asPlanner(COHORT, {
        ...example,
        filter: {
          ...example.filter,
          ageBands: ['A65_PLUS', 'A0_14', 'A15_24', 'A25_34', 'A35_44', 'A45_54', 'A55_64'],
        },
      }),
    );
    expect(same.total).toEqual(first.total);
  });

  it('refuses the second of two cohorts that differ by one person, asked by one planner or by two', async () => {
    // Forty made-up regencies of 51 people each (province 99): everybody in deciles 1-9 but one person, X, in
    // decile 10. The cohorts "deciles 1-10" and "deciles 1-9" differ by X alone: with both tables by sex, the
    // cell that changed is X's (the other holds the same people, so it reads the same). Cell keys alone let that
    // guess be right 36 times in 40 here; the differencing guard refuses the second question, so it gets nothing.
    for (let r = 0; r < 40; r += 1) {
      const regency = `99.${String(r + 10).padStart(2, '0')}`;
      const sexOfX = createHash('sha256').update(`x${r}`).digest()[0] % 2 ? 'MALE' : 'FEMALE';
      await addPeople(`differencing-${r}`, [
        { regency, sex: sexOfX, ageBand: 'A25_34', decile: 10, bpjsActive: false, household: false },
        ...times(50, { regency, ageBand: 'A25_34', decile: 1 + (r % 9), bpjsActive: false, household: false }),
      ]);
    }
    const other = {
      authorization: `Bearer ${await stack.token('planner', {
        purpose: 'STATISTICS',
        client: 'planning-desk',
        subject: 'another-planner',
      })}`,
    };
    let answeredPairs = 0;
    for (let r = 0; r < 40; r += 1) {
      const regionPrefix = `99.${String(r + 10).padStart(2, '0')}`;
      const question = (decileMax: number) => ({
        filter: { regionPrefix, decileMin: 1, decileMax },
        groupBy: ['SEX'],
      });
      expect(cohort(await asPlanner(COHORT, question(10))).total.count).toBeGreaterThan(40);
      // The same planner, then another: refused both times, the second not told what the first asked.
      const again = await asPlanner(COHORT, question(9));
      const byOther = await stack.post(COHORT, question(9), other);
      for (const refused of [again, byOther]) {
        expect(refused.body.data?.cohort ?? null).toBeNull();
        expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
      expect(again.body.errors![0].extensions!.reason).toMatch(
        /^the cohort differs by fewer than 10 people from one you asked \(\{"region":"99\.[0-9]{2}","deciles":\[1,10\]\}\) at /,
      );
      expect(byOther.body.errors![0].extensions!.reason).toMatch(
        /^the cohort differs by fewer than 10 people from one asked at /,
      );
      if (again.body.data?.cohort || byOther.body.data?.cohort) answeredPairs += 1;
      if (r === 0) {
        const { rows } = await database.pool.query(
          'select decision, refused_scopes from audit.access_event where request_id = $1',
          [byOther.headers.get('x-request-id')],
        );
        expect(rows).toEqual([{ decision: 'REFUSED', refused_scopes: ['insights.aggregate'] }]);
      }
    }
    expect(answeredPairs).toBe(0);
    // A cohort that differs by more than a small cell is answered: deciles 1-9 of two regencies against 1-10 of one.
    const wider = await asPlanner(COHORT, { filter: { regionPrefix: '99', decileMin: 1, decileMax: 9 }, groupBy: [] });
    expect(cohort(wider).total.count).toBeGreaterThan(1_900);
  });

  it('gives the averaging attack nothing: every phrasing of a cohort publishes the one perturbed count', async () => {
    // A made-up regency (98.71) of 45: 44 people under 65 with active JKN, and one aged 65+ without. The attack
    // asks four cohorts, each under all 42 groupings of 0 to 3 dimensions (168 questions), and averages their
    // totals: had each grouping its own noise, the averages would be the true 45/44/44/44, and 45 - 44 tells
    // that the one resident aged 65+ has no active JKN.
    const under65 = ['A0_14', 'A15_24', 'A25_34', 'A35_44', 'A45_54', 'A55_64'];
    await addPeople('averaging', [
      { regency: '98.71', sex: 'FEMALE', ageBand: 'A65_PLUS', decile: 3, bpjsActive: false, household: true },
      ...Array.from({ length: 44 }, (_, i) => ({
        regency: '98.71',
        sex: i % 2 ? 'MALE' : 'FEMALE',
        ageBand: under65[i % 6],
        decile: 1 + (i % 10),
        bpjsActive: true,
        household: i % 3 === 0,
      })),
    ]);
    const dimensions = ['PROVINCE', 'REGENCY', 'SEX', 'AGE_BAND', 'DECILE', 'BPJS_SEGMENT'];
    const groupings: string[][] = [[]];
    for (let size = 1; size <= 3; size += 1)
      for (const grouping of groupings.filter((g) => g.length === size - 1))
        for (const dimension of dimensions.slice(dimensions.indexOf(grouping[grouping.length - 1]) + 1))
          groupings.push([...grouping, dimension]);
    expect(groupings).toHaveLength(42);
    // Every phrasing of the first cohort gives the one published total, so their average is that total too.
    const everyone = { regionPrefix: '98.71' };
    const single = cohort(await asPlanner(COHORT, { filter: everyone, groupBy: [] })).total.count!;
    const totals: number[] = [];
    for (const groupBy of groupings)
      totals.push(cohort(await asPlanner(COHORT, { filter: everyone, groupBy })).total.count!);
    expect(new Set(totals)).toEqual(new Set([single]));
    expect(totals.reduce((a, b) => a + b, 0) / totals.length).toBe(single);
    // The other three cohorts are one person away from it (and from each other): refused, under any grouping.
    for (const filter of [
      { regionPrefix: '98.71', bpjsActive: true },
      { regionPrefix: '98.71', ageBands: under65 },
      { regionPrefix: '98.71', ageBands: under65, bpjsActive: true },
    ])
      for (const groupBy of [[], ['SEX'], ['AGE_BAND', 'DECILE']]) {
        const refused = await asPlanner(COHORT, { filter, groupBy });
        expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    // The published totals of the same people agree wherever they appear: the cell of one regency in a table by
    // regency is the total of the question about that regency alone.
    const byRegency = cohort(await asPlanner(COHORT, { filter: { regionPrefix: '98' }, groupBy: ['REGENCY'] }));
    expect(byRegency.cells.find((c) => c.coordinates[0].value === '98.71')!.count).toBe(single);
  });

  it("holds each planner to the steward's daily question budget, every question and refusal on the record", async () => {
    const steward = { authorization: `Bearer ${await stack.token('steward')}` };
    const planner = {
      authorization: `Bearer ${await stack.token('planner', {
        purpose: 'STATISTICS',
        client: 'planning-desk',
        subject: 'budget-planner',
      })}`,
    };
    const SET = `mutation ($planner: String!, $n: Int!, $reason: String!) {
      setQuestionBudget(planner: $planner, questionsPerDay: $n, reason: $reason) {
        planner questionsPerDay askedToday version changedBy } }`;
    const set = await stack.post(
      SET,
      { planner: 'budget-planner', n: 5, reason: 'Pilot desk: five questions a day' },
      steward,
    );
    expect(set.body.data.setQuestionBudget).toEqual({
      planner: 'budget-planner',
      questionsPerDay: 5,
      askedToday: 0,
      version: 1,
      changedBy: 'test-steward',
    });
    // Twelve questions at once: exactly five are answered, the other seven refused with when to come back.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        stack.post(COHORT, { filter: { regionPrefix: '53' }, groupBy: ['SEX'] }, planner),
      ),
    );
    expect(answers.filter((a) => a.status === 200 && a.body.data?.cohort)).toHaveLength(5);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(7);
    expect(refused[0].body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'questionsPerDay' });
    const retryAfter = Number(refused[0].headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    const { rows } = await database.pool.query(
      `select decision, count(*)::int as n from audit.access_event where actor_subject = 'budget-planner'
        group by decision order by decision`,
    );
    expect(rows).toEqual([
      { decision: 'ALLOWED', n: 5 },
      { decision: 'REFUSED', n: 7 },
    ]);
    const own = await stack.post('{ questionBudget { questionsPerDay askedToday } }', undefined, planner);
    expect(own.body.data.questionBudget).toEqual({ questionsPerDay: 5, askedToday: 5 });
    const other = await stack.post('{ questionBudget(planner: "test-planner") { askedToday } }', undefined, planner);
    expect(other.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    // The steward raises it: in force on the next question; a planner cannot raise their own.
    await stack.post(SET, { planner: 'budget-planner', n: 6, reason: 'One more for the pilot' }, steward);
    expect(cohort(await stack.post(COHORT, { filter: {}, groupBy: [] }, planner)).total.count).toBeGreaterThan(0);
    const self = await stack.post(SET, { planner: 'budget-planner', n: 100, reason: 'I need more' }, planner);
    expect(self.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await stack.post(SET, { planner: 'budget-planner', n: -1, reason: 'Negative' }, steward);
    expect(bad.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'questionsPerDay must be 0 to 100,000',
    });
    const {
      rows: [changed],
    } = await database.pool.query(
      `select actor_subject, detail from audit.access_event where kind = 'DISCLOSURE_CHANGED'
        and detail->>'planner' = 'budget-planner' order by position desc limit 1`,
    );
    expect(changed).toEqual({
      actor_subject: 'test-steward',
      detail: { planner: 'budget-planner', questionsPerDay: 6 },
    });
  });

  it('refuses a table of more cells than it publishes, saying how to narrow it', async () => {
    const huge = await asPlanner(COHORT, { filter: {}, groupBy: ['REGENCY', 'DECILE', 'BPJS_SEGMENT'] });
    expect(huge.status).toBe(400);
    expect(huge.body.errors![0].extensions!.reason).toMatch(
      /^the table would have [0-9,]+ cells, at most 10,000: group by fewer dimensions or narrow regionPrefix$/,
    );
  });

  it('refuses free-form bins and malformed filters', async () => {
    const bad = await asPlanner(COHORT, { filter: {}, groupBy: ['AGE'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    for (const [filter, reason] of [
      [
        { regionPrefix: 'NTT' },
        'regionPrefix must be a Kemendagri province (PP), regency (PP.RR) or district (PP.RR.SS) code',
      ],
      [{ decileMin: 0 }, 'decileMin must be a decile from 1 to 10'],
      [{ decileMin: 5, decileMax: 2 }, 'decileMin must not be above decileMax'],
    ] as const) {
      const response = await asPlanner(COHORT, { filter, groupBy: ['SEX'] });
      expect(response.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    const wide = await asPlanner(COHORT, { filter: {}, groupBy: ['PROVINCE', 'SEX', 'AGE_BAND', 'DECILE'] });
    expect(wide.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'groupBy takes at most 3 dimensions',
    });
  });

  it('records every planner question in the access log, for the purpose STATISTICS, naming nobody', async () => {
    const response = await asPlanner(COHORT, { filter: { regionPrefix: '53' }, groupBy: ['SEX'] });
    const { rows } = await database.pool.query(
      'select actor_role, purpose, nik, scopes, decision, basis from audit.access_event where request_id = $1',
      [response.headers.get('x-request-id')],
    );
    expect(rows).toEqual([
      {
        actor_role: 'planner',
        purpose: 'STATISTICS',
        nik: null,
        scopes: ['insights.aggregate'],
        decision: 'ALLOWED',
        basis: 'STATISTICS',
      },
    ]);
    const noPurpose = await stack.post(
      COHORT,
      { filter: {}, groupBy: ['SEX'] },
      { authorization: `Bearer ${await stack.token('planner')}` },
    );
    expect(noPurpose.body.errors![0].extensions!.code).toBe('PURPOSE_NOT_ALLOWED');
  });

  it('lets a steward change the minimum cell size, in force on the next question', async () => {
    const steward = { authorization: `Bearer ${await stack.token('steward')}` };
    const before = cohort(await asPlanner(COHORT, example)).cells.filter((c) => c.suppressed).length;
    const set = await stack.post(
      'mutation { setDisclosureControl(minCellSize: 20, maxPerturbation: 3, reason: "Regency tables for a small ' +
        'province") { version minCellSize changedBy } }',
      undefined,
      steward,
    );
    expect(set.body.data.setDisclosureControl).toEqual({ version: 2, minCellSize: 20, changedBy: 'test-steward' });
    const {
      rows: [event],
    } = await database.pool.query(
      `select actor_subject, reason, rule_version, detail from audit.access_event where kind = 'DISCLOSURE_CHANGED'
        and detail ? 'minCellSize'`,
    );
    expect(event).toEqual({
      actor_subject: 'test-steward',
      reason: 'Regency tables for a small province',
      rule_version: 2,
      detail: { minCellSize: 20, maxPerturbation: 3 },
    });
    const after = cohort(await asPlanner(COHORT, example));
    expect(after.minCellSize).toBe(20);
    expect(after.cells.filter((c) => c.suppressed).length).toBeGreaterThan(before);
    const planner = await asPlanner(
      'mutation { setDisclosureControl(minCellSize: 3, maxPerturbation: 0, reason: "show me everything") { version } }',
    );
    expect(planner.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
