import type { Caller } from '../../auth/caller';
import { accessEvents, type AccessDecision } from '../../policy/audit/event';
import { LegalBasis } from '../../schema/legal-bases';

const OFFICER: Caller = {
  subject: 'officer-7',
  role: 'officer',
  client: 'sip-online',
  purpose: 'LICENSE_APPLICATION',
  nik: null,
};
const A = '3204120101800001';
const B = '3204124203830002';
const at = new Date('2026-11-24T08:00:00Z');

describe('accessEvents', () => {
  it('makes one event per person, merging fields, aliases and subgraphs, and one for lookups that named nobody', () => {
    const decisions: AccessDecision[] = [
      {
        nik: A,
        scope: 'population.identity',
        field: 'Query.citizen',
        outcome: 'ALLOWED',
        basis: { kind: 'consent', consentId: 'c-1', ruleVersion: 2, validUntil: '2027-01-01T00:00:00.000Z' },
      },
      {
        nik: A,
        scope: 'population.identity',
        field: 'Citizen.fullName',
        outcome: 'ALLOWED',
        basis: { kind: 'consent', consentId: 'c-1', ruleVersion: 2, validUntil: '2027-01-01T00:00:00.000Z' },
      },
      {
        nik: A,
        scope: 'tax.profile',
        field: 'Citizen.taxProfile',
        outcome: 'REFUSED',
        code: 'CONSENT_REQUIRED',
        reason: 'no consent covers tax.profile',
      },
      {
        nik: A,
        scope: 'tax.profile',
        field: 'TaxProfile.filings',
        outcome: 'ALLOWED',
        basis: { kind: 'decided-above' },
      },
      {
        nik: B,
        scope: 'population.identity',
        field: 'Citizen.fullName',
        outcome: 'REFUSED',
        code: 'CONSENT_EXPIRED',
        reason: 'expired',
      },
      {
        nik: null,
        scope: 'population.family',
        field: 'Query.family',
        outcome: 'ALLOWED',
        basis: { kind: 'rule', legalBasis: LegalBasis.PUBLIC_TASK, ruleVersion: 4 },
      },
    ];
    const events = accessEvents(OFFICER, 'req-1', decisions, at);
    expect(events).toEqual([
      {
        at,
        kind: 'ACCESS',
        requestId: 'req-1',
        actorSubject: 'officer-7',
        actorRole: 'officer',
        clientId: 'sip-online',
        purpose: 'LICENSE_APPLICATION',
        nik: A,
        decision: 'PARTIAL',
        basis: 'CONSENT',
        consentIds: ['c-1'],
        ruleVersion: 2,
        scopes: ['population.identity', 'tax.profile'],
        refusedScopes: ['tax.profile'],
        fields: ['Citizen.fullName', 'Citizen.taxProfile', 'Query.citizen', 'TaxProfile.filings'],
        reason: 'CONSENT_REQUIRED: no consent covers tax.profile',
        detail: null,
      },
      expect.objectContaining({
        nik: B,
        decision: 'REFUSED',
        basis: null,
        consentIds: [],
        scopes: [],
        refusedScopes: ['population.identity'],
        reason: 'CONSENT_EXPIRED: expired',
      }),
      expect.objectContaining({
        nik: null,
        decision: 'ALLOWED',
        basis: 'PUBLIC_TASK',
        ruleVersion: 4,
        scopes: ['population.family'],
        fields: ['Query.family'],
      }),
    ]);
  });

  it('names own-data and family-card bases as such', () => {
    const citizen: Caller = { subject: A, role: 'citizen', client: 'mobile', purpose: null, nik: A };
    const [own, family] = accessEvents(
      citizen,
      'req-2',
      [
        { nik: A, scope: 'tax.profile', field: 'Citizen.taxProfile', outcome: 'ALLOWED', basis: { kind: 'own-data' } },
        {
          nik: B,
          scope: 'population.identity',
          field: 'Citizen.fullName',
          outcome: 'ALLOWED',
          basis: { kind: 'family-card' },
        },
      ],
      at,
    );
    expect([own.basis, family.basis]).toEqual(['OWN_DATA', 'FAMILY_CARD']);
  });
});
