import type { Caller, Role } from '../../auth/caller';
import { decide, type Facts, type Subject } from '../../policy/decide';
import type { ConsentGrant } from '../../policy/consent-store';
import type { Access, AccessRule } from '../../policy/rule-book';
import { LegalBasis } from '../../schema/legal-bases';
import { SCOPES, type Scope } from '../../schema/scopes';

const NIK = '3204120101800001';
const NOW = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const caller = (role: Role): Caller => ({
  subject: role === 'citizen' ? NIK : `dev-${role}`,
  role,
  client: 'c',
  purpose: 'P',
  nik: role === 'citizen' ? NIK : null,
});
const person = (relation: 'self' | 'family' | 'other'): Subject => ({ kind: 'person', nik: NIK, relation });
const scopes = Object.keys(SCOPES) as Scope[];
const agencyScopes = scopes.filter((scope) => !scope.startsWith('consent.'));
const facts = (extra: Partial<Facts> = {}): Facts => ({ now: NOW, ...extra });

const rule = (legalBasis: LegalBasis, ruleScopes: Scope[] = agencyScopes): AccessRule => ({
  clientId: 'c',
  purpose: 'P',
  version: 3,
  scopes: new Set(ruleScopes),
  legalBasis,
});
const granted = (r: AccessRule): Access => ({ kind: 'granted', rule: r });
const grant = (overrides: Partial<ConsentGrant> = {}): ConsentGrant => ({
  id: 'consent-1',
  scopes: ['tax.profile'],
  validFrom: new Date(NOW.getTime() - DAY),
  validUntil: new Date(NOW.getTime() + DAY),
  revoked: false,
  ...overrides,
});

describe('decide: roles', () => {
  it.each(['planner', 'steward', 'auditor'] as Role[])(
    'denies the %s role every scope of agency data, whoever the person',
    (role) => {
      for (const scope of scopes.filter((s) => s !== 'audit.log' && s !== 'insights.aggregate')) {
        for (const subject of [person('self'), { kind: 'entry' } as Subject, { kind: 'nested' } as Subject]) {
          expect(
            decide(caller(role), scope, subject, facts({ access: granted(rule(LegalBasis.PUBLIC_TASK, scopes)) })),
          ).toEqual({ kind: 'deny', code: 'FORBIDDEN', reason: `the ${role} role may not read ${scope}` });
        }
      }
    },
  );

  it('gives an auditor the access log, about anyone, and nothing else; planners and stewards not even that', () => {
    expect(decide(caller('auditor'), 'audit.log', person('other'), facts())).toEqual({
      kind: 'allow',
      basis: { kind: 'audit' },
    });
    expect(decide(caller('auditor'), 'audit.log', { kind: 'entry' }, facts())).toEqual({
      kind: 'allow',
      basis: { kind: 'audit' },
    });
    for (const role of ['planner', 'steward', 'officer'] as Role[])
      expect(decide(caller(role), 'audit.log', person('other'), facts()).kind).toBe('deny');
  });

  it('gives a planner the cohort aggregates, for the purpose STATISTICS only; nobody else', () => {
    const planner = (purpose: string | null): Caller => ({ ...caller('planner'), purpose });
    expect(decide(planner('STATISTICS'), 'insights.aggregate', { kind: 'entry' }, facts())).toEqual({
      kind: 'allow',
      basis: { kind: 'statistics' },
    });
    expect(decide(planner('LICENSE_APPLICATION'), 'insights.aggregate', { kind: 'entry' }, facts())).toMatchObject({
      kind: 'deny',
      code: 'PURPOSE_NOT_ALLOWED',
    });
    for (const role of ['citizen', 'officer', 'steward', 'auditor'] as Role[])
      expect(decide(caller(role), 'insights.aggregate', { kind: 'entry' }, facts()).kind).toBe('deny');
  });

  it('gives a citizen every scope of their own, and of their family only what the card shows', () => {
    for (const scope of scopes.filter((s) => s !== 'insights.aggregate')) {
      expect(decide(caller('citizen'), scope, person('self'), facts())).toEqual({
        kind: 'allow',
        basis: { kind: 'own-data' },
      });
      expect(decide(caller('citizen'), scope, person('family'), facts()).kind).toBe(
        scope === 'population.identity' || scope === 'population.family' ? 'allow' : 'deny',
      );
      expect(decide(caller('citizen'), scope, person('other'), facts())).toEqual({
        kind: 'deny',
        code: 'FORBIDDEN',
        reason: 'a citizen may read only their own data',
      });
    }
  });

  it('refuses a citizen a lookup that names no person, and allows what sits below a decided entry', () => {
    expect(decide(caller('citizen'), 'population.family', { kind: 'entry' }, facts())).toMatchObject({
      kind: 'deny',
      reason:
        'a citizen reaches records only through their own NIK, not by another key (KK, NPWP, card number, ' +
        'application id)',
    });
    expect(decide(caller('citizen'), 'tax.profile', { kind: 'nested' }, facts())).toEqual({
      kind: 'allow',
      basis: { kind: 'decided-above' },
    });
  });

  it("never gives an officer a citizen's consent records, whatever the rule says", () => {
    expect(
      decide(
        caller('officer'),
        'consent.records',
        person('other'),
        facts({ access: granted(rule(LegalBasis.PUBLIC_TASK, scopes)) }),
      ),
    ).toMatchObject({ kind: 'deny', code: 'FORBIDDEN' });
  });
});

describe("decide: an officer under the steward's rules", () => {
  it('passes on the refusal of the rule book (no purpose, unknown purpose or client, no rule)', () => {
    const refused: Access = {
      kind: 'refused',
      code: 'PURPOSE_NOT_ALLOWED',
      reason: 'purpose P is not in the catalogue',
    };
    expect(decide(caller('officer'), 'tax.profile', person('other'), facts({ access: refused }))).toEqual({
      kind: 'deny',
      code: 'PURPOSE_NOT_ALLOWED',
      reason: 'purpose P is not in the catalogue',
    });
    expect(decide(caller('officer'), 'tax.profile', person('other'), facts())).toMatchObject({
      kind: 'deny',
      code: 'FORBIDDEN',
    });
  });

  it('refuses a scope the rule does not cover with PURPOSE_NOT_ALLOWED', () => {
    expect(
      decide(
        caller('officer'),
        'health.coverage',
        person('other'),
        facts({ access: granted(rule(LegalBasis.PUBLIC_TASK, ['tax.profile'])) }),
      ),
    ).toEqual({
      kind: 'deny',
      code: 'PURPOSE_NOT_ALLOWED',
      reason: 'the rule for client c and purpose P does not cover health.coverage',
    });
  });

  it.each([
    LegalBasis.CONTRACT,
    LegalBasis.LEGAL_OBLIGATION,
    LegalBasis.VITAL_INTEREST,
    LegalBasis.PUBLIC_TASK,
    LegalBasis.LEGITIMATE_INTEREST,
  ])('releases on a %s rule without consent, for a person and for an entry lookup', (basis) => {
    const access = granted(rule(basis));
    expect(decide(caller('officer'), 'tax.profile', person('other'), facts({ access }))).toEqual({
      kind: 'allow',
      basis: { kind: 'rule', legalBasis: basis, ruleVersion: 3 },
    });
    expect(decide(caller('officer'), 'population.family', { kind: 'entry' }, facts({ access })).kind).toBe('allow');
  });

  describe('on a consent rule', () => {
    const access = granted(rule(LegalBasis.CONSENT));
    const withGrants = (grants: ConsentGrant[]) =>
      decide(caller('officer'), 'tax.profile', person('other'), facts({ access, grants }));

    it('releases with an active grant covering the scope, naming the consent', () => {
      expect(withGrants([grant()])).toEqual({
        kind: 'allow',
        basis: {
          kind: 'consent',
          consentId: 'consent-1',
          ruleVersion: 3,
          validUntil: new Date(NOW.getTime() + DAY).toISOString(),
        },
      });
    });

    it('refuses without a grant, with a revoked one, one not yet valid, or one for other scopes: CONSENT_REQUIRED', () => {
      for (const grants of [
        [],
        [grant({ revoked: true })],
        [grant({ validFrom: new Date(NOW.getTime() + DAY), validUntil: new Date(NOW.getTime() + 2 * DAY) })],
        [grant({ scopes: ['health.coverage'] })],
      ]) {
        expect(withGrants(grants)).toMatchObject({ kind: 'deny', code: 'CONSENT_REQUIRED' });
      }
    });

    it('refuses when the covering grant has run out: CONSENT_EXPIRED, judged on the server clock to the millisecond', () => {
      expect(withGrants([grant({ validUntil: NOW })])).toMatchObject({ kind: 'deny', code: 'CONSENT_EXPIRED' });
      expect(withGrants([grant({ validUntil: new Date(NOW.getTime() + 1) })]).kind).toBe('allow');
      // A revoked grant is not merely expired: it is gone.
      expect(withGrants([grant({ validUntil: NOW, revoked: true })])).toMatchObject({ code: 'CONSENT_REQUIRED' });
    });

    it('prefers any active grant over an expired one', () => {
      expect(withGrants([grant({ id: 'old', validUntil: NOW }), grant({ id: 'new' })])).toMatchObject({
        kind: 'allow',
        basis: { consentId: 'new' },
      });
    });

    it('refuses an entry lookup (consent is per citizen) and allows data below a decided person', () => {
      expect(decide(caller('officer'), 'population.family', { kind: 'entry' }, facts({ access }))).toMatchObject({
        kind: 'deny',
        code: 'CONSENT_REQUIRED',
        reason:
          "the rule for client c and purpose P rests on consent, which covers only lookups by the citizen's NIK, " +
          'not by another key (KK, NPWP, card number, application id)',
      });
      expect(decide(caller('officer'), 'tax.profile', { kind: 'nested' }, facts({ access }))).toEqual({
        kind: 'allow',
        basis: { kind: 'decided-above' },
      });
    });
  });
});
