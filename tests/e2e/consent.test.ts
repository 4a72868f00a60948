import { sampleNiks, seedPopulation } from '../../seeds/load';
import { LegalBasis } from '../../schema/legal-bases';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertAccessRule } from '../support/fixtures';
import { startStack, type GraphQLHttpResponse, type Stack } from '../support/stack';

// Consent end to end, through the gateway: an officer of a service whose rule rests on consent, the citizen who
// grants and revokes it, and the steward who changes the rule. The demonstration catalogue comes with the seed:
// sip-online may read identity, address, professional licences, applications, tax compliance and JKN coverage
// for LICENSE_APPLICATION, on consent.
let database: TestDatabase;
let stack: Stack;
let applicant: string;
let other: string;
let relative: string;

beforeAll(async () => {
  database = await createTestDatabase('consent');
  const pool = database.pool;
  await seedPopulation(pool, { citizens: 600, seed: 'consent-e2e' });
  [applicant, other] = await sampleNiks(pool, 2);
  ({
    rows: [{ nik: relative }],
  } = await pool.query(
    'select nik from population.citizen where family_kk = (select family_kk from population.citizen where nik = $1) ' +
      'and nik <> $1 order by nik limit 1',
    [applicant],
  ));
  // A consent rule that covers family cards, to see members decided one by one.
  await insertAccessRule(database.url, {
    clientId: 'family-app',
    purpose: 'LICENSE_APPLICATION',
    scopes: ['population.identity', 'population.family'],
    legalBasis: LegalBasis.CONSENT,
  });
  stack = await startStack(database.url);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const bearer = async (
  role: 'citizen' | 'officer' | 'steward' | 'auditor' | 'planner',
  options: { nik?: string; client?: string; purpose?: string } = {},
) => ({ authorization: `Bearer ${await stack.token(role, options)}` });
const asCitizen = async (nik: string, query: string, variables?: Record<string, unknown>) =>
  stack.post(query, variables, await bearer('citizen', { nik }));
const asOfficer = async (query: string, variables?: Record<string, unknown>, client = 'sip-online') =>
  stack.post(query, variables, await bearer('officer', { client, purpose: 'LICENSE_APPLICATION' }));
const asSteward = async (query: string, variables?: Record<string, unknown>) =>
  stack.post(query, variables, await bearer('steward'));

const refusals = (response: GraphQLHttpResponse) =>
  (response.body.errors ?? []).map((e) => `${e.path?.join('.')} ${e.extensions?.code}`).sort();

const PROFILE = `query ($nik: NIK!) {
  citizen(nik: $nik) { fullName address { rt } bpjsMembership { status } licences { sips { number } } }
  taxCompliance(nik: $nik) { status }
}`;

const GRANT = `mutation ($input: GrantConsentInput!) {
  grantConsent(input: $input) { id status scopes validFrom validUntil client { id agency } purpose { code } receipt }
}`;

const REVOKE = 'mutation ($id: ID!) { revokeConsent(id: $id) { id status revokedAt } }';

const grant = (nik: string, scopes: string[], extra: Record<string, unknown> = {}) =>
  asCitizen(nik, GRANT, { input: { clientId: 'sip-online', purpose: 'LICENSE_APPLICATION', scopes, ...extra } });

describe('an officer under a consent rule', () => {
  it('gets CONSENT_REQUIRED without consent; after grantConsent, what it covers; after revokeConsent, nothing on the very next request', async () => {
    const before = await asOfficer(PROFILE, { nik: applicant });
    expect(before.status).toBe(200);
    expect(before.body.data).toEqual({ citizen: null, taxCompliance: null });
    expect(refusals(before)).toEqual(['citizen CONSENT_REQUIRED', 'taxCompliance CONSENT_REQUIRED']);

    const granted = await grant(applicant, [
      'population.identity',
      'population.address',
      'health.coverage',
      'tax.compliance',
    ]);
    expect(granted.body.errors).toBeUndefined();
    const consent = granted.body.data.grantConsent;
    expect(consent).toMatchObject({
      status: 'ACTIVE',
      client: { id: 'sip-online' },
      purpose: { code: 'LICENSE_APPLICATION' },
    });
    expect(consent.scopes).toEqual(['health.coverage', 'population.address', 'population.identity', 'tax.compliance']);

    const during = await asOfficer(PROFILE, { nik: applicant });
    expect(typeof during.body.data.citizen.fullName).toBe('string');
    expect(during.body.data.citizen.address.rt).toMatch(/^[0-9]{3}$/);
    expect(during.body.data.citizen.bpjsMembership.status).toMatch(/^(ACTIVE|INACTIVE)$/);
    expect(['VALID', 'INVALID']).toContain(during.body.data.taxCompliance.status);
    // Professional licences are in the rule but not in this consent: refused alone, the rest arrives.
    expect(during.body.data.citizen.licences).toBeNull();
    expect(refusals(during)).toEqual(['citizen.licences CONSENT_REQUIRED']);

    const revoked = await asCitizen(applicant, REVOKE, { id: consent.id });
    expect(revoked.body.data.revokeConsent).toMatchObject({ id: consent.id, status: 'REVOKED' });
    const after = await asOfficer(PROFILE, { nik: applicant });
    expect(after.body.data).toEqual({ citizen: null, taxCompliance: null });
    expect(refusals(after)).toEqual(['citizen CONSENT_REQUIRED', 'taxCompliance CONSENT_REQUIRED']);
  });

  it('gets CONSENT_EXPIRED once the consent has run out (judged on the server clock)', async () => {
    // A consent that ended a minute ago: written straight into the history, which accepts new rows only.
    await database.pool.query(
      `insert into consent.consent_event (consent_id, kind, nik, client_id, purpose, scopes, valid_from, valid_until,
        receipt)
       values (gen_random_uuid(), 'GRANTED', $1, 'sip-online', 'LICENSE_APPLICATION', '{population.identity}', now() -
       interval '30 days', now() - interval '1 minute', '{}')`,
      [other],
    );
    const response = await asOfficer('query ($nik: NIK!) { citizen(nik: $nik) { fullName } }', { nik: other });
    expect(response.body.data.citizen).toBeNull();
    expect(refusals(response)).toEqual(['citizen CONSENT_EXPIRED']);
  });

  it('decides two aliased NIKs in one request separately', async () => {
    const { body } = await grant(applicant, ['population.identity']);
    const response = await asOfficer(
      'query ($a: NIK!, $b: NIK!) { a: citizen(nik: $a) { fullName } b: citizen(nik: $b) { fullName } }',
      { a: applicant, b: other },
    );
    expect(typeof response.body.data.a.fullName).toBe('string');
    expect(response.body.data.b).toBeNull();
    expect(refusals(response)).toEqual(['b CONSENT_EXPIRED']);
    await asCitizen(applicant, REVOKE, { id: body.data.grantConsent.id });
  });

  it("decides family members one by one: the head's consent releases the card, each member's own data needs theirs", async () => {
    await asCitizen(applicant, GRANT, {
      input: {
        clientId: 'family-app',
        purpose: 'LICENSE_APPLICATION',
        scopes: ['population.identity', 'population.family'],
      },
    });
    const query =
      'query ($nik: NIK!) { citizen(nik: $nik) { fullName family ' +
      '{ members { relationship citizen { nik fullName } } ' +
      '} } }';
    const response = await asOfficer(query, { nik: applicant }, 'family-app');
    const members = response.body.data.citizen.family.members as {
      citizen: { nik: string; fullName: string | null };
    }[];
    expect(members.length).toBeGreaterThan(1);
    for (const member of members) expect(member.citizen.fullName === null).toBe(member.citizen.nik !== applicant);
    expect(
      refusals(response).every((r) => / CONSENT_REQUIRED$/.test(r) && r.startsWith('citizen.family.members.')),
    ).toBe(true);
    expect(refusals(response)).toHaveLength(members.length - 1);

    await asCitizen(relative, GRANT, {
      input: { clientId: 'family-app', purpose: 'LICENSE_APPLICATION', scopes: ['population.identity'] },
    });
    const next = await asOfficer(query, { nik: applicant }, 'family-app');
    const relativeEntry = next.body.data.citizen.family.members.find(
      (m: { citizen: { nik: string } }) => m.citizen.nik === relative,
    );
    expect(typeof relativeEntry.citizen.fullName).toBe('string');
  });

  it('refuses lookups that name no person under a consent rule', async () => {
    await insertAccessRule(database.url, {
      clientId: 'family-app',
      purpose: 'LICENSE_APPLICATION',
      scopes: ['population.identity', 'population.family'],
      legalBasis: LegalBasis.CONSENT,
    });
    const {
      rows: [{ family_kk: kk }],
    } = await database.pool.query('select family_kk from population.citizen where nik = $1', [applicant]);
    const response = await asOfficer('query ($kk: KK!) { family(kk: $kk) { kk } }', { kk }, 'family-app');
    expect(response.body.data.family).toBeNull();
    expect(refusals(response)).toEqual(['family CONSENT_REQUIRED']);
  });
});

describe('a citizen managing consent', () => {
  it('sees every consent with its status, client and machine-readable receipt', async () => {
    const granted = await grant(other, ['population.identity', 'health.coverage'], {
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    const receipt = granted.body.data.grantConsent.receipt;
    expect(receipt).toMatchObject({
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'ID',
      consentReceiptID: granted.body.data.grantConsent.id,
      piiPrincipalId: other,
      piiControllers: [
        { piiController: 'Dinas Penanaman Modal dan PTSP (synthetic)', email: 'privasi@sip-online.example.go.id' },
      ],
      services: [
        {
          service: 'SIP Online',
          purposes: [{ purposeCategory: ['LICENSE_APPLICATION'], consentType: 'EXPLICIT', primaryPurpose: true }],
        },
      ],
      sensitive: true,
    });
    expect(receipt.services[0].purposes[0].piiCategory).toEqual([
      expect.stringMatching(/^health\.coverage: /),
      expect.stringMatching(/^population\.identity: /),
    ]);
    expect(receipt.consentTimestamp).toBeCloseTo(Date.now() / 1000, -2);

    const { body } = await asCitizen(other, '{ me { nik consents { id status client { name } purpose { code } } } }');
    expect(body.data.me.nik).toBe(other);
    expect(body.data.me.consents.map((c: { status: string }) => c.status)).toEqual(['ACTIVE', 'EXPIRED']);
    expect(body.data.me.consents[0]).toMatchObject({
      id: granted.body.data.grantConsent.id,
      client: { name: 'SIP Online' },
      purpose: { code: 'LICENSE_APPLICATION' },
    });
    const active = await asCitizen(other, '{ me { consents(status: ACTIVE) { id } } }');
    expect(active.body.data.me.consents).toHaveLength(1);
  });

  it('reads the own profile through me', async () => {
    const { body } = await asCitizen(applicant, '{ me { citizen { nik fullName taxProfile { npwp } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.me.citizen).toMatchObject({ nik: applicant, taxProfile: { npwp: applicant } });
  });

  it.each([
    [{ scopes: [] }, 'scopes must name at least one scope'],
    [{ scopes: ['tax.everything'] }, 'scopes outside the catalogue: tax.everything'],
    [
      { scopes: ['regsosek.household'] },
      'client sip-online may not ask consent to regsosek.household for LICENSE_APPLICATION',
    ],
    [
      { clientId: 'siks-ng', purpose: 'SOCIAL_ASSISTANCE', scopes: ['population.identity'] },
      'client siks-ng does not ask for consent for SOCIAL_ASSISTANCE',
    ],
    [{ clientId: 'no-such-app', scopes: ['population.identity'] }, 'clientId is not a registered, active client'],
    [{ purpose: 'CURIOSITY', scopes: ['population.identity'] }, 'purpose is not an active purpose in the catalogue'],
    [{ scopes: ['population.identity'], validFrom: '2020-01-01T00:00:00Z' }, 'validFrom may not be in the past'],
    [
      { scopes: ['population.identity'], validUntil: new Date(Date.now() - 1000).toISOString() },
      'validUntil must be after validFrom',
    ],
    [
      { scopes: ['population.identity'], validUntil: new Date(Date.now() + 6 * 365 * 86_400_000).toISOString() },
      'a consent may run at most 1825 days',
    ],
  ])('refuses a grant %j with BAD_USER_INPUT', async (input, reason) => {
    const { body } = await asCitizen(other, GRANT, {
      input: { clientId: 'sip-online', purpose: 'LICENSE_APPLICATION', ...input },
    });
    expect(body.data).toBeNull();
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
  });

  it("cannot revoke another citizen's consent, nor one twice; the answer does not tell whether the id exists", async () => {
    const { body } = await grant(applicant, ['population.identity']);
    const id = body.data.grantConsent.id;
    const byOther = await asCitizen(other, REVOKE, { id });
    const unknown = await asCitizen(other, REVOKE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(byOther.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'you have no consent with this id',
    });
    expect(JSON.stringify(byOther.body)).toBe(JSON.stringify(unknown.body));
    await asCitizen(applicant, REVOKE, { id });
    const twice = await asCitizen(applicant, REVOKE, { id });
    expect(twice.status).toBe(409);
    expect(twice.body.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'this consent is already revoked',
    });
  });

  it('takes one of six revocations of one consent sent at once: the other five are CONFLICT, one event', async () => {
    const { body } = await grant(applicant, ['population.identity']);
    const id = body.data.grantConsent.id;
    const answers = await Promise.all(Array.from({ length: 6 }, () => asCitizen(applicant, REVOKE, { id })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const { rows } = await database.pool.query(
      `select count(*)::int as n from audit.access_event where kind = 'CONSENT_REVOKED' and $1 = any(consent_ids)`,
      [id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('is the only one who can: an officer or a steward cannot grant, revoke or read consents', async () => {
    const input = { clientId: 'sip-online', purpose: 'LICENSE_APPLICATION', scopes: ['population.identity'] };
    for (const headers of [
      await bearer('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION' }),
      await bearer('steward'),
    ]) {
      for (const [query, variables] of [
        [GRANT, { input }],
        ['{ me { consents { id } } }', undefined],
      ] as const) {
        const { status, body } = await stack.post(query, variables, headers);
        expect(status).toBe(403);
        expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    }
  });
});

describe('the consent history', () => {
  it.each([
    ["update consent.consent_event set valid_until = now() + interval '10 years'"],
    ['delete from consent.consent_event'],
    ['truncate consent.consent_event'],
    ["update consent.access_rule set scopes = '{tax.profile}'"],
    ['delete from consent.steward_change'],
  ])('is append-only: %s is refused', async (sql) => {
    const before = (await database.pool.query('select count(*)::int as n from consent.consent_event')).rows[0].n;
    await expect(database.pool.query(sql)).rejects.toThrow(/is append-only/);
    expect((await database.pool.query('select count(*)::int as n from consent.consent_event')).rows[0].n).toBe(before);
  });
});

describe('a steward', () => {
  const SET_RULE = `mutation ($input: AccessRuleInput!, $reason: String!) {
    setAccessRule(input: $input, reason: $reason) { clientId purpose version scopes legalBasis changedBy reason }
  }`;

  it('gives six changes of one rule sent at once consecutive versions, none lost or doubled, each on record', async () => {
    await asSteward(
      `mutation { registerClient(reason: "A service for the race", input: { id: "race-client", name: "Race",
        agency: "Synthetic", contactEmail: "race@example.go.id", policyUrl: "https://example.go.id/race" }) { id } }`,
    );
    const input = (i: number) => ({
      clientId: 'race-client',
      purpose: 'LICENSE_APPLICATION',
      scopes: i % 2 ? ['population.identity'] : ['population.identity', 'population.address'],
      legalBasis: 'PUBLIC_TASK',
      legalReference: 'UU PDP Pasal 20(2) huruf e',
    });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => asSteward(SET_RULE, { input: input(i), reason: `Race ${i}: set at once` })),
    );
    expect(answers.map((a) => a.body.errors)).toEqual(Array(6).fill(undefined));
    const versions = answers.map((a) => a.body.data.setAccessRule.version);
    expect([...versions].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    const history = await asSteward(
      '{ accessRuleHistory(clientId: "race-client", purpose: "LICENSE_APPLICATION") { version } }',
    );
    expect(history.body.data.accessRuleHistory).toHaveLength(6);
    const { rows } = await database.pool.query(
      `select count(*)::int as n from audit.access_event where kind = 'RULE_CHANGED' and client_id = 'race-client'`,
    );
    expect(rows[0].n).toBe(6);
  });

  it('changes a rule as a new version, in force on the next request, with who and why on record', async () => {
    const { body: granted } = await grant(applicant, ['population.identity', 'health.coverage']);
    const query = 'query ($nik: NIK!) { citizen(nik: $nik) { fullName bpjsMembership { status } } }';
    expect((await asOfficer(query, { nik: applicant })).body.errors).toBeUndefined();

    const input = {
      clientId: 'sip-online',
      purpose: 'LICENSE_APPLICATION',
      scopes: ['population.identity', 'population.address', 'tax.compliance'],
      legalBasis: 'CONSENT',
      legalReference: 'UU PDP Pasal 20(2) huruf a',
    };
    const changed = await asSteward(SET_RULE, { input, reason: 'JKN status is checked by BPJS directly now' });
    expect(changed.body.data.setAccessRule).toMatchObject({
      version: 2,
      changedBy: 'test-steward',
      reason: 'JKN status is checked by BPJS directly now',
      scopes: ['population.address', 'population.identity', 'tax.compliance'],
    });

    // The citizen's consent still lists health.coverage, but the rule no longer does.
    const after = await asOfficer(query, { nik: applicant });
    expect(typeof after.body.data.citizen.fullName).toBe('string');
    expect(refusals(after)).toEqual(['citizen.bpjsMembership PURPOSE_NOT_ALLOWED']);

    const history = await asSteward(
      '{ accessRuleHistory(clientId: "sip-online", purpose: "LICENSE_APPLICATION") { version changedBy reason } }',
    );
    expect(history.body.data.accessRuleHistory).toEqual([
      { version: 2, changedBy: 'test-steward', reason: 'JKN status is checked by BPJS directly now' },
      { version: 1, changedBy: 'seed', reason: 'Demonstration catalogue loaded with the synthetic population' },
    ]);
    await asCitizen(applicant, REVOKE, { id: granted.data.grantConsent.id });
  });

  it('registers a client and a purpose and retires a rule, each in the change log; a retired rule grants nothing', async () => {
    const client = await asSteward(
      `mutation { registerClient(reason: "New regency portal", input: { id: "portal-bandung", name:
        "Portal Kab. Bandung", agency: "Pemkab Bandung (synthetic)", contactEmail: "privasi@portal.example.go.id",
        policyUrl: "https://portal.example.go.id/privasi" }) { id active } }`,
    );
    expect(client.body.data.registerClient).toEqual({ id: 'portal-bandung', active: true });
    const purpose = await asSteward(
      'mutation { definePurpose(reason: "Housing programme", input: { code: "HOUSING_AID", name: "Housing aid", ' +
        'description: "Rumah tidak layak huni programme" }) { code } }',
    );
    expect(purpose.body.data.definePurpose).toEqual({ code: 'HOUSING_AID' });
    const rule = await asSteward(SET_RULE, {
      input: {
        clientId: 'portal-bandung',
        purpose: 'HOUSING_AID',
        scopes: ['population.identity'],
        legalBasis: 'PUBLIC_TASK',
        legalReference: 'Perda (synthetic) 1/2026',
      },
      reason: 'Programme approved',
    });
    expect(rule.body.data.setAccessRule.version).toBe(1);

    const officer = await bearer('officer', { client: 'portal-bandung', purpose: 'HOUSING_AID' });
    const query = `{ citizen(nik: "${applicant}") { fullName } }`;
    expect(typeof (await stack.post(query, undefined, officer)).body.data.citizen.fullName).toBe('string');

    const retired = await asSteward(
      'mutation { retireAccessRule(clientId: "portal-bandung", ' +
        'purpose: "HOUSING_AID", reason: "Programme ended") { ' +
        'version retired } }',
    );
    expect(retired.body.data.retireAccessRule).toEqual({ version: 2, retired: true });
    const refused = await stack.post(query, undefined, officer);
    expect(refused.status).toBe(403);
    expect(refused.body.errors![0].extensions!.code).toBe('PURPOSE_NOT_ALLOWED');

    const log = await asSteward('{ stewardChanges(first: 4) { id actor kind subject reason } }');
    const ids = log.body.data.stewardChanges.map((change: { id: string }) => change.id);
    // Identifiers increasing with time, newest first.
    expect(ids.map(Number)).toEqual([...ids.map(Number)].sort((a, b) => b - a));
    for (const change of log.body.data.stewardChanges) delete change.id;
    expect(log.body.data.stewardChanges).toEqual([
      { actor: 'test-steward', kind: 'RULE', subject: 'portal-bandung/HOUSING_AID', reason: 'Programme ended' },
      { actor: 'test-steward', kind: 'RULE', subject: 'portal-bandung/HOUSING_AID', reason: 'Programme approved' },
      { actor: 'test-steward', kind: 'PURPOSE', subject: 'HOUSING_AID', reason: 'Housing programme' },
      { actor: 'test-steward', kind: 'CLIENT', subject: 'portal-bandung', reason: 'New regency portal' },
    ]);
  });

  it('sees consent counts, never a person', async () => {
    const { body } = await asSteward('{ consentCounts { clientId purpose active expired revoked } }');
    const sip = body.data.consentCounts.find((c: { clientId: string }) => c.clientId === 'sip-online');
    expect(sip.revoked).toBeGreaterThanOrEqual(3);
    expect(sip.expired).toBe(1);
    expect(JSON.stringify(body)).not.toContain(applicant);
  });

  it.each([
    [{ scopes: ['tax.everything'] }, 'scopes outside the catalogue: tax.everything'],
    [{ clientId: 'nobody' }, 'clientId is not a registered client'],
    [{ legalReference: '' }, 'legalReference must be 5 to 500 characters'],
  ])('refuses a rule %j with BAD_USER_INPUT', async (override, reason) => {
    const input = {
      clientId: 'sip-online',
      purpose: 'LICENSE_APPLICATION',
      scopes: ['population.identity'],
      legalBasis: 'CONSENT',
      legalReference: 'UU PDP Pasal 20(2) huruf a',
      ...override,
    };
    const { body } = await asSteward(SET_RULE, { input, reason: 'testing bad input' });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
  });

  it('is the only role that may change rules; officers and auditors are refused, auditors may read them', async () => {
    const input = {
      clientId: 'sip-online',
      purpose: 'LICENSE_APPLICATION',
      scopes: ['population.identity'],
      legalBasis: 'CONSENT',
      legalReference: 'UU PDP Pasal 20(2) huruf a',
    };
    for (const [role, headers] of [
      ['officer', await bearer('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION' })],
      ['auditor', await bearer('auditor')],
      ['citizen', await bearer('citizen', { nik: applicant })],
      ['planner', await bearer('planner')],
    ] as const) {
      const requestId = `refused-steward-${role}-0001`;
      const { body } = await stack.post(
        SET_RULE,
        { input, reason: 'widen my own access' },
        { ...headers, 'x-request-id': requestId },
      );
      expect(body.data).toBeNull();
      expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
      // The attempt is on the record.
      const { rows } = await database.pool.query(
        'select actor_role, decision, fields, reason from audit.access_event where request_id = $1',
        [requestId],
      );
      expect(rows).toEqual([
        {
          actor_role: role,
          decision: 'REFUSED',
          fields: ['Mutation.setAccessRule'],
          reason: 'FORBIDDEN: only the steward role may do this',
        },
      ]);
    }
    const read = await stack.post(
      '{ accessRules(clientId: "sip-online") { version } }',
      undefined,
      await bearer('auditor'),
    );
    expect(read.body.data.accessRules).toEqual([{ version: 2 }]);
  });
});
