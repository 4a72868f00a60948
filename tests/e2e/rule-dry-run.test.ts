import { DEMO_RULES } from '../../seeds/catalogue';
import { sampleNiks, seedPopulation } from '../../seeds/load';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startStack, type Stack } from '../support/stack';

// A steward's dry run of a rule change, through the gateway: SIP Online's officers read three people under its
// consent rule (one with a consent to identity, one without, one whose consent was revoked after the read); each
// proposal is replayed over those reads with the consents as they stood then, and reports what would have been
// released or refused differently, in counts, naming nobody. Saving is a separate step, and shows in the history.
let database: TestDatabase;
let stack: Stack;
let withConsent: string;
let without: string;
let revokedLater: string;

beforeAll(async () => {
  database = await createTestDatabase('rule_dry_run');
  await seedPopulation(database.pool, { citizens: 300, seed: 'rule-dry-run-e2e' });
  [withConsent, without, revokedLater] = await sampleNiks(database.pool, 3);
  stack = await startStack(database.url);
  const grant = async (nik: string) =>
    (
      await stack.post(
        `mutation { grantConsent(input: { clientId: "sip-online", purpose: "LICENSE_APPLICATION",
          scopes: ["population.identity"] }) { id } }`,
        undefined,
        await bearer('citizen', { nik }),
      )
    ).body.data.grantConsent.id as string;
  await grant(withConsent);
  const revoked = await grant(revokedLater);
  for (const nik of [withConsent, without, revokedLater]) {
    const read = await stack.post(
      'query ($nik: NIK!) { citizen(nik: $nik) { fullName address { rt } } }',
      { nik },
      await bearer('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION' }),
    );
    expect(read.status).toBe(200);
  }
  await stack.post(
    `mutation { revokeConsent(id: "${revoked}") { id } }`,
    undefined,
    await bearer('citizen', { nik: revokedLater }),
  );
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const bearer = async (
  role: 'citizen' | 'officer' | 'steward' | 'auditor',
  options: { nik?: string; client?: string; purpose?: string } = {},
) => ({ authorization: `Bearer ${await stack.token(role, options)}` });

const DRY_RUN = `query ($input: AccessRuleInput!, $days: Int!) {
  accessRuleDryRun(input: $input, days: $days) {
    from to requests people truncated changedPeople
    newlyReleased { scope people requests }
    newlyRefused { scope people requests }
  }
}`;

/** What SIP Online's rule for LICENSE_APPLICATION releases in the demonstration catalogue. */
const SIP_SCOPES: string[] = [
  ...DEMO_RULES.find((rule) => rule.clientId === 'sip-online' && rule.purpose === 'LICENSE_APPLICATION')!.scopes,
];
const proposal = (scopes: string[], legalBasis = 'CONSENT') => ({
  clientId: 'sip-online',
  purpose: 'LICENSE_APPLICATION',
  scopes,
  legalBasis,
  legalReference: 'Peraturan (synthetic) 7/2026',
});

async function dryRun(role: 'steward' | 'auditor', scopes: string[], legalBasis?: string, days = 30) {
  return stack.post(DRY_RUN, { input: proposal(scopes, legalBasis), days }, await bearer(role));
}

describe('a dry run of a rule change', () => {
  it('changes nothing when the proposal is the rule in force', async () => {
    const { body } = await dryRun('steward', SIP_SCOPES);
    expect(body.errors).toBeUndefined();
    expect(body.data.accessRuleDryRun).toMatchObject({
      requests: 3,
      people: 3,
      truncated: false,
      changedPeople: 0,
      newlyReleased: [],
      newlyRefused: [],
    });
  });

  it('counts what a public-task basis would have released without consent, with the consents held at the time', async () => {
    const { body } = await dryRun('auditor', SIP_SCOPES, 'PUBLIC_TASK');
    expect(body.errors).toBeUndefined();
    // Identity was released on consent to two of them then (the revocation came later), the address to nobody; for
    // the third, refused outright, the address was never reached, so it is not counted as asked for.
    expect(body.data.accessRuleDryRun).toMatchObject({
      changedPeople: 3,
      newlyReleased: [
        { scope: 'population.address', people: 2, requests: 2 },
        { scope: 'population.identity', people: 1, requests: 1 },
      ],
      newlyRefused: [],
    });
  });

  it('counts what dropping a scope would have refused, and names nobody', async () => {
    const { body } = await dryRun(
      'steward',
      SIP_SCOPES.filter((scope) => scope !== 'population.identity'),
    );
    expect(body.data.accessRuleDryRun).toMatchObject({
      changedPeople: 2,
      newlyReleased: [],
      newlyRefused: [{ scope: 'population.identity', people: 2, requests: 2 }],
    });
    const text = JSON.stringify(body);
    expect([withConsent, without, revokedLater].filter((nik) => text.includes(nik))).toEqual([]);
  });

  it('saves nothing: the rule in force and its history are as they were', async () => {
    const history = async () =>
      (
        await stack.post(
          '{ accessRuleHistory(clientId: "sip-online", purpose: "LICENSE_APPLICATION") { version } }',
          undefined,
          await bearer('steward'),
        )
      ).body.data.accessRuleHistory;
    const before = await history();
    await dryRun('steward', ['population.identity'], 'PUBLIC_TASK');
    expect(await history()).toEqual(before);
  });

  it('refuses officers and citizens, and bad input with a clear code', async () => {
    for (const headers of [
      await bearer('officer', { client: 'sip-online', purpose: 'LICENSE_APPLICATION' }),
      await bearer('citizen', { nik: without }),
    ]) {
      const { body } = await stack.post(DRY_RUN, { input: proposal(SIP_SCOPES), days: 30 }, headers);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.data?.accessRuleDryRun ?? null).toBeNull();
    }
    for (const [scopes, days, message] of [
      [SIP_SCOPES, 0, 'days must be 1 to 90'],
      [SIP_SCOPES, 91, 'days must be 1 to 90'],
      [['no.such.scope'], 30, 'scopes outside the catalogue: no.such.scope'],
      [[], 30, 'scopes must name at least one scope'],
    ] as const) {
      const { body } = await dryRun('steward', [...scopes], 'CONSENT', days);
      expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});
