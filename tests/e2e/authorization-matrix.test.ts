import type { Role } from '../../auth/caller';
import { LegalBasis } from '../../schema/legal-bases';
import { SCOPES, type Scope } from '../../schema/scopes';
import { seedPopulation } from '../../seeds/load';
import { refreshProjection } from '../../subgraphs/insights/projection';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { AGENCY_SCOPES } from '../../schema/scopes';
import { insertAccessRule } from '../support/fixtures';
import { startStack, type GraphQLHttpResponse, type Stack } from '../support/stack';

// The authorization matrix, generated from the scope catalogue and the rules and run through the real gateway:
// every kind of caller x every scope x every consent state. Each cell asks for one scope's probe field about a
// person who has data there, and checks the released value or the refusal code at that field's path.

/** How each scope is asked for: a query about `$n`, the path of the probed field, who has data there. */
interface Probe {
  /** The probe as this role asks for it (a citizen reads the access log through `me`, an auditor by NIK). */
  query: (alias: string, variable: string, role: Role) => string;
  path: (alias: string, role: Role) => string[];
  /** Scopes on the way down to the probed field, which the caller must be allowed too. */
  carriers: Scope[];
  /** A citizen with data in the scope. */
  subject: string;
  /** False for a probe about nobody in particular (the planners' aggregates). */
  aboutPerson?: boolean;
}

const onCitizen = (selection: string, path: string[], carriers: Scope[], subject: string): Probe => ({
  query: (alias, v) => `${alias}: citizen(nik: $${v}) { ${selection} }`,
  path: (alias) => [alias, ...path],
  carriers: ['population.identity', ...carriers],
  subject,
});

const ANYONE = 'select nik from population.citizen';
const PROBES: Record<Scope, Probe> = {
  'population.identity': {
    query: (a, v) => `${a}: citizen(nik: $${v}) { fullName }`,
    path: (a) => [a],
    carriers: [],
    subject: ANYONE,
  },
  'population.demographics': onCitizen('religion', ['religion'], [], ANYONE),
  'population.address': onCitizen('address { rt }', ['address'], [], ANYONE),
  'population.family': onCitizen('family { kk }', ['family'], [], ANYONE),
  'regsosek.household': onCitizen(
    'household { welfareDecile }',
    ['household'],
    [],
    'select nik from regsosek.household_member',
  ),
  'regsosek.eligibility': onCitizen(
    'eligibility { pkh }',
    ['eligibility'],
    [],
    'select nik from regsosek.household_member',
  ),
  'tax.profile': onCitizen('taxProfile { status }', ['taxProfile'], [], 'select nik from tax.taxpayer'),
  'tax.compliance': {
    query: (a, v) => `${a}: taxCompliance(nik: $${v}) { status }`,
    path: (a) => [a],
    carriers: [],
    subject: 'select nik from tax.taxpayer',
  },
  'health.coverage': onCitizen(
    'bpjsMembership { status }',
    ['bpjsMembership'],
    [],
    'select nik from health.membership',
  ),
  'health.identifier': onCitizen('ihsNumber', ['ihsNumber'], [], 'select nik from health.patient'),
  'licensing.professional': onCitizen('licences { str { number } }', ['licences'], [], 'select nik from licensing.str'),
  'licensing.business': onCitizen(
    'licences { businesses { nib } }',
    ['licences', 'businesses'],
    ['licensing.professional'],
    'select owner_nik from licensing.business',
  ),
  'licensing.application': onCitizen('applications { id }', ['applications'], [], ANYONE),
  'consent.records': {
    query: (a) => `${a}: me { consents { id } }`,
    path: (a) => [a, 'consents'],
    carriers: [],
    subject: ANYONE,
  },
  'audit.log': {
    query: (a, v, role) =>
      role === 'citizen'
        ? `${a}: me { accessLog { entries { position } } }`
        : `${a}: accessEvents(filter: { nik: $${v} }) { events { position } }`,
    path: (a, role) => (role === 'citizen' ? [a, 'accessLog'] : [a, 'events']),
    carriers: [],
    subject: ANYONE,
  },
  'insights.aggregate': {
    query: (a) => `${a}: cohort(filter: {}, groupBy: [SEX]) { total { count } }`,
    path: (a) => [a],
    carriers: [],
    subject: ANYONE,
    aboutPerson: false,
  },
};

/** Probes that read the caller's own records through `me`: a citizen cannot aim them at anyone else. */
const ABOUT_CALLER = (scope: Scope, role: Role) =>
  scope === 'consent.records' || (scope === 'audit.log' && role === 'citizen');
/** Probes that take no NIK. */
const TAKES_NO_NIK = (scope: Scope, role: Role) => ABOUT_CALLER(scope, role) || PROBES[scope].aboutPerson === false;
/** Scopes no officer can ever be given, whatever its rule. */
const NOT_FOR_OFFICERS = (scope: Scope) =>
  scope === 'consent.records' || scope === 'audit.log' || scope === 'insights.aggregate';

const STATES = ['none', 'active', 'expired', 'revoked', 'other purpose'] as const;
type State = (typeof STATES)[number];
const PURPOSE = 'LICENSE_APPLICATION';

/** What a cell must show: the value released, a refusal at the probed field, or the gateway's 403. */
type Expected =
  { kind: 'released' } | { kind: 'refused'; code: string; atRoot?: boolean } | { kind: 'gateway'; code: string };
const released: Expected = { kind: 'released' };
const refused = (code: string, atRoot = false): Expected => ({ kind: 'refused', code, atRoot });
const gateway = (code: string): Expected => ({ kind: 'gateway', code });

const NARROW: Scope[] = ['population.identity', 'licensing.professional'];
const CONSENT_OUTCOME: Record<State, Expected> = {
  none: refused('CONSENT_REQUIRED'),
  active: released,
  expired: refused('CONSENT_EXPIRED'),
  revoked: refused('CONSENT_REQUIRED'),
  'other purpose': refused('CONSENT_REQUIRED'),
};

/** The kinds of caller, each with the client its officers use and the outcome the rules and roles say. */
const CALLERS: {
  name: string;
  role: Role;
  client?: (state: State) => string;
  own?: boolean;
  expect: (scope: Scope, state: State) => Expected;
}[] = [
  {
    name: 'citizen, own NIK',
    role: 'citizen',
    own: true,
    expect: (scope) => (scope === 'insights.aggregate' ? gateway('FORBIDDEN') : released),
  },
  // Refused at the lookup itself: nothing about another person, not even whether they exist.
  {
    name: 'citizen, another NIK',
    role: 'citizen',
    own: false,
    expect: (scope) => (scope === 'insights.aggregate' ? gateway('FORBIDDEN') : refused('FORBIDDEN', true)),
  },
  {
    name: 'officer, consent rule',
    role: 'officer',
    client: (state) => `matrix-consent-${STATES.indexOf(state)}`,
    expect: (scope, state) => (NOT_FOR_OFFICERS(scope) ? gateway('FORBIDDEN') : CONSENT_OUTCOME[state]),
  },
  {
    name: 'officer, public-task rule',
    role: 'officer',
    client: (state) => `matrix-public-${STATES.indexOf(state)}`,
    expect: (scope) => (NOT_FOR_OFFICERS(scope) ? gateway('FORBIDDEN') : released),
  },
  {
    name: 'officer, rule without the scope',
    role: 'officer',
    client: (state) => `matrix-narrow-${STATES.indexOf(state)}`,
    expect: (scope, state) => {
      if (NOT_FOR_OFFICERS(scope)) return gateway('FORBIDDEN');
      // Nothing the probe asks for is in the rule: refused before planning. Otherwise, field by field.
      if (![...PROBES[scope].carriers, scope].some((asked) => NARROW.includes(asked)))
        return gateway('PURPOSE_NOT_ALLOWED');
      return NARROW.includes(scope) ? CONSENT_OUTCOME[state] : refused('PURPOSE_NOT_ALLOWED');
    },
  },
  // Planners get aggregates (purpose STATISTICS), never anybody's data.
  {
    name: 'planner',
    role: 'planner',
    expect: (scope) => (scope === 'insights.aggregate' ? released : gateway('FORBIDDEN')),
  },
  { name: 'steward', role: 'steward', expect: () => gateway('FORBIDDEN') },
  // Auditors read the record of releases, never the data released.
  { name: 'auditor', role: 'auditor', expect: (scope) => (scope === 'audit.log' ? released : gateway('FORBIDDEN')) },
];

let database: TestDatabase;
let stack: Stack;
const subjects = {} as Record<Scope, string>;
let stranger: string;

/** Writes a grant in the given state straight into the consent history (it accepts new rows only). */
async function insertGrant(nik: string, client: string, scopes: Scope[], state: Exclude<State, 'none'>): Promise<void> {
  const window =
    state === 'expired'
      ? `now() - interval '30 days', now() - interval '1 hour'`
      : `now() - interval '1 day', now() + interval '30 days'`;
  const purpose = state === 'other purpose' ? 'SOCIAL_ASSISTANCE' : PURPOSE;
  const {
    rows: [{ consent_id: id }],
  } = await database.pool.query(
    `insert into consent.consent_event (consent_id, kind, nik, client_id, purpose, scopes, valid_from, valid_until,
      receipt)
     values (gen_random_uuid(), 'GRANTED', $1, $2, $3, $4, ${window}, '{}') returning consent_id`,
    [nik, client, purpose, scopes],
  );
  if (state === 'revoked') {
    await database.pool.query(
      `insert into consent.consent_event (consent_id, kind, nik, client_id, purpose, scopes, valid_from, valid_until)
       select consent_id, 'REVOKED', nik, client_id, purpose, scopes, valid_from, valid_until from
       consent.consent_event where consent_id = $1`,
      [id],
    );
  }
}

beforeAll(async () => {
  database = await createTestDatabase('matrix');
  await seedPopulation(database.pool, { citizens: 2_000, seed: 'authorization-matrix' });
  const client = await database.pool.connect();
  await refreshProjection(client, 'k'.repeat(32)).finally(() => client.release());
  // A different person per scope, each with data in it, so one scope's grants never stand in for another's.
  const taken: string[] = [];
  for (const scope of Object.keys(PROBES) as Scope[]) {
    const { rows } = await database.pool.query<{ nik: string }>(
      `select nik from (${PROBES[scope].subject}) s(nik) where nik <> all($1) order by nik limit 1`,
      [taken],
    );
    subjects[scope] = rows[0].nik;
    taken.push(rows[0].nik);
  }
  ({
    rows: [{ nik: stranger }],
  } = await database.pool.query('select nik from population.citizen where nik <> all($1) order by nik desc limit 1', [
    taken,
  ]));

  for (const state of STATES) {
    const index = STATES.indexOf(state);
    for (const [kind, basis, scopes] of [
      ['consent', LegalBasis.CONSENT, AGENCY_SCOPES],
      ['public', LegalBasis.PUBLIC_TASK, AGENCY_SCOPES],
      ['narrow', LegalBasis.CONSENT, NARROW],
    ] as const) {
      const client = `matrix-${kind}-${index}`;
      await insertAccessRule(database.url, { clientId: client, purpose: PURPOSE, scopes, legalBasis: basis });
      for (const scope of AGENCY_SCOPES) {
        const nik = subjects[scope];
        const carriers = PROBES[scope].carriers.filter((c) => c !== scope);
        if (carriers.length > 0) await insertGrant(nik, client, carriers, 'active');
        if (state !== 'none') await insertGrant(nik, client, [scope], state);
      }
    }
  }
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

function valueAt(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value == null ? value : (value as Record<string, unknown>)[key]), data);
}

function check(response: GraphQLHttpResponse, path: string[], expected: Expected, cell: string): void {
  const errorsAt = (response.body.errors ?? []).filter((e) => e.path?.join('.') === path.join('.'));
  const value = valueAt(response.body.data, path);
  const all = response.body.errors ?? [];
  const outcome =
    response.status === 403
      ? `gateway ${response.body.errors?.[0]?.extensions?.code}`
      : errorsAt.length > 0
        ? `refused ${errorsAt.map((e) => e.extensions?.code).join(',')}${value === null ? '' : ' (with a value!)'}`
        : value == null
          ? `no value, errors ${JSON.stringify(all.map((e) => [e.path?.join('.'), e.extensions?.code]))}`
          : 'released';
  const want = expected.kind === 'released' ? 'released' : `${expected.kind} ${expected.code}`;
  if (outcome !== want) throw new Error(`${cell}: expected ${want}, got ${outcome}`);
}

const scopes = Object.keys(SCOPES) as Scope[];
let cells = 0;

it('has a probe for every scope in the catalogue', () => {
  expect(Object.keys(PROBES).sort()).toEqual([...scopes].sort());
});

describe.each(STATES)('consent state: %s', (state) => {
  it.each(CALLERS.map((c) => [c.name, c] as const))('%s', async (_name, caller) => {
    for (const scope of scopes) {
      // `me` is always the caller
      if (caller.role === 'citizen' && !caller.own && ABOUT_CALLER(scope, caller.role)) continue;
      const probe = PROBES[scope];
      const nik = caller.role === 'citizen' && !caller.own ? stranger : subjects[scope];
      const token = await stack.token(caller.role, {
        nik: caller.role === 'citizen' ? (caller.own ? subjects[scope] : subjects['population.identity']) : undefined,
        client: caller.client?.(state),
        purpose: caller.role === 'officer' ? PURPOSE : caller.role === 'planner' ? 'STATISTICS' : undefined,
      });
      const uses = TAKES_NO_NIK(scope, caller.role) ? '' : '($n: NIK!)';
      const response = await stack.post(
        `query ${uses} { ${probe.query('probe', 'n', caller.role)} }`,
        uses ? { n: nik } : undefined,
        { authorization: `Bearer ${token}` },
      );
      const expected = caller.expect(scope, state);
      const path = expected.kind === 'refused' && expected.atRoot ? ['probe'] : probe.path('probe', caller.role);
      check(response, path, expected, `${caller.name} / ${scope} / ${state}`);
      cells += 1;
    }
  });
});

it('covered every cell', () => {
  // 8 kinds of caller x 16 scopes x 5 consent states, less the 10 cells where a citizen would read another's `me`.
  expect(cells).toBe(CALLERS.length * scopes.length * STATES.length - 2 * STATES.length);
});
