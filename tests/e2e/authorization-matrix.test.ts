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
  'services.application': onCitizen('serviceApplications { id }', ['serviceApplications'], [], ANYONE),
  'services.complaint': onCitizen('serviceComplaints { id }', ['serviceComplaints'], [], ANYONE),
  'services.notification': {
    query: (a) => `${a}: me { notifications { id } }`,
    path: (a) => [a, 'notifications'],
    carriers: [],
    subject: ANYONE,
  },
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

/**
 * Other paths to a scope's data than its own field, each decided like that field: an application's copies of
 * JKN status, tax compliance, the address and the STR, decided for the applicant by the scope of what they copy;
 * a member of a household, decided for that member (not for the person the household was reached through).
 */
interface PathProbe extends Probe {
  name: string;
  /** The scope the probed field is decided by. */
  scope: Scope;
  /** For a list of people: the subject's entry in the list at `path`. Refused, it is left out, without an error. */
  entry?: (list: unknown, subject: string) => unknown;
  /** Officers reach the subject from another person (the head of the subject's household), citizens from their own. */
  via?: 'head';
}

const APPLICATION = (copy: string, path: string[], scope: Scope): PathProbe => ({
  name: `application copy: ${path.join('.')}`,
  scope,
  ...onCitizen(`applications { ${copy} }`, ['applications', '0', ...path], ['licensing.application'], ANYONE),
});
const PATHS: PathProbe[] = [
  APPLICATION('bpjs { status }', ['bpjs'], 'health.coverage'),
  APPLICATION('taxCompliance { status }', ['taxCompliance'], 'tax.compliance'),
  APPLICATION('applicant { address }', ['applicant', 'address'], 'population.address'),
  APPLICATION('str { number }', ['str'], 'licensing.professional'),
  {
    name: 'household member',
    scope: 'regsosek.household',
    ...onCitizen('household { members { nik disability } }', ['household', 'members'], [], ''),
    entry: (list, subject) => (list as { nik: string }[] | null)?.find((member) => member.nik === subject),
    via: 'head',
  },
];

/** Probes that read the caller's own records through `me`: a citizen cannot aim them at anyone else. */
const ABOUT_CALLER = (scope: Scope, role: Role) =>
  scope === 'consent.records' || scope === 'services.notification' || (scope === 'audit.log' && role === 'citizen');
/** Probes that take no NIK. */
const TAKES_NO_NIK = (scope: Scope, role: Role) => ABOUT_CALLER(scope, role) || PROBES[scope].aboutPerson === false;
/** Scopes no officer can ever be given, whatever its rule. */
const NOT_FOR_OFFICERS = (scope: Scope) =>
  scope === 'consent.records' ||
  scope === 'services.notification' ||
  scope === 'audit.log' ||
  scope === 'insights.aggregate';

const STATES = ['none', 'active', 'expired', 'revoked', 'other purpose'] as const;
type State = (typeof STATES)[number];
const PURPOSE = 'LICENSE_APPLICATION';

/** What a cell must show: the value released, a refusal at the probed field, or the gateway's 403. */
type Expected =
  { kind: 'released' } | { kind: 'refused'; code: string; atRoot?: boolean } | { kind: 'gateway'; code: string };
const released: Expected = { kind: 'released' };
const refused = (code: string, atRoot = false): Expected => ({ kind: 'refused', code, atRoot });
const gateway = (code: string): Expected => ({ kind: 'gateway', code });

const NARROW: Scope[] = ['population.identity', 'licensing.professional', 'licensing.application'];
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
const pathSubjects: Record<string, { nik: string; head?: string }> = {};
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
  for (const path of PATHS) {
    if (path.via === 'head') {
      // A member of a household of two or more who does not head it, and the head.
      const {
        rows: [row],
      } = await database.pool.query<{ nik: string; head: string }>(
        `select m.nik, h.nik as head from regsosek.household_member m
           join regsosek.household_member h on h.household_id = m.household_id and h.nik <> m.nik
           join population.citizen c on c.nik = h.nik and c.family_relationship = 'HEAD'
          where m.nik <> all($1) and h.nik <> all($1) order by m.nik limit 1`,
        [taken],
      );
      pathSubjects[path.name] = row;
      taken.push(row.nik, row.head);
      continue;
    }
    // An applicant whose application copied everything: JKN, tax compliance, the address, the STR.
    const {
      rows: [{ nik }],
    } = await database.pool.query<{ nik: string }>(
      'select nik from population.citizen where nik <> all($1) order by nik limit 1',
      [taken],
    );
    await database.pool.query(
      `insert into licensing.application (id, nik, type, status, practice_location, applicant, str, tax_compliance,
         bpjs, unmet_requirements, submitted_at)
       values (gen_random_uuid(), $1, 'SIP', 'SUBMITTED', '{"name": "Klinik Matriks", "regencyCode": "32.04"}',
         '{"fullName": "Matriks", "sex": "FEMALE", "birthPlace": "Bandung", "birthDate": "1990-01-01",
           "address": "Jl. Matriks 1, RT 001/RW 002"}',
         '{"number": "STR-MATRIKS", "profession": "NURSE", "validUntil": null}', '{"status": "VALID", "reasons": []}',
         '{"cardNumber": "0001234567890", "segment": "PPU", "status": "ACTIVE"}', '[]', now())`,
      [nik],
    );
    pathSubjects[path.name] = { nik };
    taken.push(nik);
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
      for (const path of PATHS) {
        const { nik, head } = pathSubjects[path.name];
        // The way there is open (the head's household, the applicant's applications); the path's scope is in the
        // consent state of the cell, for the subject.
        if (head) await insertGrant(head, client, ['population.identity', 'regsosek.household'], 'active');
        else await insertGrant(nik, client, path.carriers, 'active');
        if (state !== 'none') await insertGrant(nik, client, [path.scope], state);
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

/** For a list probe: released when the subject is in the list; refused, left out with a REFUSED event. */
async function checkEntry(
  response: GraphQLHttpResponse,
  path: PathProbe,
  subject: string,
  expected: Expected,
  cell: string,
): Promise<void> {
  if (expected.kind !== 'refused' || expected.atRoot) {
    check(response, expected.kind === 'refused' ? ['probe'] : path.path('probe', 'officer'), expected, cell);
    if (expected.kind === 'released') {
      const entry = path.entry!(valueAt(response.body.data, path.path('probe', 'officer')), subject);
      if (!entry) throw new Error(`${cell}: expected the subject in the list, got ${JSON.stringify(response.body)}`);
    }
    return;
  }
  if (JSON.stringify(response.body).includes(subject))
    throw new Error(`${cell}: expected the subject left out, got ${JSON.stringify(response.body)}`);
  // Left out, and on the subject's own record as refused.
  const { rows } = await database.pool.query(
    'select decision, refused_scopes from audit.access_event where request_id = $1 and nik = $2',
    [response.headers.get('x-request-id'), subject],
  );
  const onRecord = rows.some((row) => row.decision === 'REFUSED' && row.refused_scopes.includes(path.scope));
  const refusedAbove = (response.body.errors ?? []).some((e) => e.extensions?.code === expected.code);
  if (!onRecord && !refusedAbove)
    throw new Error(
      `${cell}: expected a ${expected.code} refusal on the subject's record, got ${JSON.stringify(rows)}`,
    );
}

describe.each(STATES)('other paths, consent state: %s', (state) => {
  it.each(CALLERS.filter((c) => c.role === 'citizen' || c.role === 'officer').map((c) => [c.name, c] as const))(
    '%s',
    async (_name, caller) => {
      for (const path of PATHS) {
        const { nik, head } = pathSubjects[path.name];
        const token = await stack.token(caller.role, {
          nik: caller.role === 'citizen' ? (caller.own ? nik : subjects['population.identity']) : undefined,
          client: caller.client?.(state),
          purpose: caller.role === 'officer' ? PURPOSE : undefined,
        });
        // Officers reach a household member through the head; citizens read their own household.
        const from = caller.role === 'citizen' ? (caller.own ? nik : stranger) : (head ?? nik);
        const response = await stack.post(
          `query ($n: NIK!) { ${path.query('probe', 'n', caller.role)} }`,
          { n: from },
          {
            authorization: `Bearer ${token}`,
          },
        );
        const expected = withCarriers(caller.expect(path.scope, state), path, caller.name);
        const cell = `${caller.name} / ${path.name} / ${state}`;
        if (path.entry) await checkEntry(response, path, nik, expected, cell);
        else {
          const at = expected.kind === 'refused' && expected.atRoot ? ['probe'] : path.path('probe', caller.role);
          check(response, at, expected, cell);
        }
        pathCells += 1;
      }
    },
  );
});

/** The narrow rule is asked about a path's scope through its carriers: the expectations for the field itself. */
function withCarriers(expected: Expected, path: PathProbe, callerName: string): Expected {
  if (callerName !== 'officer, rule without the scope' || expected.kind !== 'gateway') return expected;
  // The carriers (identity, applications) are in the narrow rule: the path's scope is refused at its field.
  return [...path.carriers].some((c) => NARROW.includes(c)) ? refused('PURPOSE_NOT_ALLOWED') : expected;
}

let pathCells = 0;

it('covered every cell', () => {
  // 8 kinds of caller x 19 scopes x 5 consent states, less the 15 cells where a citizen would read another's `me`;
  // and 5 callers (citizens, officers) x the other paths x 5 consent states.
  expect(cells).toBe(CALLERS.length * scopes.length * STATES.length - 3 * STATES.length);
  expect(pathCells).toBe(5 * PATHS.length * STATES.length);
});
