import type { Caller } from '../auth/caller';
import { LegalBasis } from '../schema/legal-bases';
import { ErrorCode } from '../schema/errors';
import type { Scope } from '../schema/scopes';
import type { ConsentGrant } from './consent-store';
import { withinCeiling } from './role-ceiling';
import type { Access } from './rule-book';

/** How the person whose data a field releases relates to a citizen caller. */
export type Relation = 'self' | 'family' | 'other';

/**
 * Whose data a field releases: a person (with their relation to a citizen caller), an entry looked up by
 * something other than a NIK (a family card, an NPWP, an application id), or data below an entry or person
 * already decided (the filings of a tax profile).
 */
export type Subject = { kind: 'person'; nik: string; relation: Relation } | { kind: 'entry' } | { kind: 'nested' };

/** Why a release is lawful: what the access log will record. */
export type Basis =
  | { kind: 'own-data' }
  | { kind: 'family-card' }
  | { kind: 'rule'; legalBasis: Exclude<LegalBasis, LegalBasis.CONSENT>; ruleVersion: number }
  /** `validUntil` (ISO): a cached answer resting on the consent is not served past it. */
  | { kind: 'consent'; consentId: string; ruleVersion: number; validUntil: string }
  | { kind: 'audit' }
  | { kind: 'statistics' }
  | { kind: 'decided-above' };

export type DenyCode =
  | typeof ErrorCode.FORBIDDEN
  | typeof ErrorCode.CONSENT_REQUIRED
  | typeof ErrorCode.CONSENT_EXPIRED
  | typeof ErrorCode.PURPOSE_NOT_ALLOWED
  | typeof ErrorCode.RATE_LIMITED;

export type Decision = { kind: 'allow'; basis: Basis } | { kind: 'deny'; code: DenyCode; reason: string };

/** What the decision needs besides the caller, looked up per request (policy/request-policy.ts). */
export interface Facts {
  /** Officers: the steward's rule for their client and purpose, or why there is none. */
  access?: Access;
  /** Officers under a consent rule: the person's grants to the caller's client for the caller's purpose. */
  grants?: readonly ConsentGrant[];
  /** Server time: validity windows are judged on it, never on anything the caller sends. */
  now: Date;
}

const allow = (basis: Basis): Decision => ({ kind: 'allow', basis });
const deny = (code: DenyCode, reason: string): Decision => ({ kind: 'deny', code, reason });

/** What a citizen may see of another person on their own family card: what the card itself shows. */
const FAMILY_CARD_SCOPES: ReadonlySet<Scope> = new Set(['population.identity', 'population.family']);

/**
 * The one decision on releasing a field of personal data, pure and deny by default.
 * - Outside the role's ceiling (policy/role-ceiling.ts, the one place roles' limits are written): FORBIDDEN
 *   (planners, stewards and auditors never get agency data).
 * - Auditor: the access log (audit.log, their whole ceiling), whoever it is about.
 * - Planner: cohort aggregates (insights.aggregate, their whole ceiling), for the purpose STATISTICS only.
 * - Citizen: their own data; of people on their own family card, what the card shows; nothing else. A lookup
 *   that names no person is refused, so a citizen cannot probe for other people's records, and a refusal reads
 *   the same whether the record exists or not.
 * - Officer: the steward's rule for the token's client and the stated purpose must cover the scope
 *   (PURPOSE_NOT_ALLOWED otherwise). On any basis but consent the rule suffices; on consent the person must
 *   hold an active grant to that client for that purpose covering the scope (CONSENT_EXPIRED when the only
 *   covering grant has run out, CONSENT_REQUIRED otherwise: none, revoked, not yet valid, another purpose).
 *   Consent is given per citizen, so a lookup that names no person is refused under a consent rule.
 */
export function decide(caller: Caller, scope: Scope, subject: Subject, facts: Facts): Decision {
  if (!withinCeiling(caller.role, scope))
    return deny(ErrorCode.FORBIDDEN, `the ${caller.role} role may not read ${scope}`);
  switch (caller.role) {
    case 'citizen':
      if (subject.kind === 'nested') return allow({ kind: 'decided-above' });
      if (subject.kind === 'entry')
        return deny(
          ErrorCode.FORBIDDEN,
          'a citizen reaches records only through their own NIK, not by another key (KK, NPWP, card number, ' +
            'application id)',
        );
      if (subject.relation === 'self') return allow({ kind: 'own-data' });
      if (subject.relation === 'family' && FAMILY_CARD_SCOPES.has(scope)) return allow({ kind: 'family-card' });
      return deny(ErrorCode.FORBIDDEN, 'a citizen may read only their own data');
    case 'officer':
      return decideForOfficer(scope, subject, facts);
    // The ceilings (policy/role-ceiling.ts) leave an auditor the access log, a planner the aggregates, a steward
    // nothing: what remains to decide is the planner's purpose.
    case 'auditor':
      return allow({ kind: 'audit' });
    case 'planner':
      return caller.purpose === 'STATISTICS'
        ? allow({ kind: 'statistics' })
        : deny(ErrorCode.PURPOSE_NOT_ALLOWED, 'planners state the purpose STATISTICS');
    case 'steward':
      return deny(ErrorCode.FORBIDDEN, `the ${caller.role} role may not read ${scope}`);
  }
}

function decideForOfficer(scope: Scope, subject: Subject, facts: Facts): Decision {
  if (!facts.access) return deny(ErrorCode.FORBIDDEN, 'no access rule was consulted');
  if (facts.access.kind === 'refused') return deny(facts.access.code, facts.access.reason);
  const { rule } = facts.access;
  if (!rule.scopes.has(scope))
    return deny(
      ErrorCode.PURPOSE_NOT_ALLOWED,
      `the rule for client ${rule.clientId} and purpose ${rule.purpose} does not cover ${scope}`,
    );
  if (subject.kind === 'nested') return allow({ kind: 'decided-above' });
  if (rule.legalBasis !== LegalBasis.CONSENT)
    return allow({ kind: 'rule', legalBasis: rule.legalBasis, ruleVersion: rule.version });
  if (subject.kind === 'entry')
    return deny(
      ErrorCode.CONSENT_REQUIRED,
      `the rule for client ${rule.clientId} and purpose ${rule.purpose} rests on consent, which covers only ` +
        "lookups by the citizen's NIK, not by another key (KK, NPWP, card number, application id)",
    );
  const covering = (facts.grants ?? []).filter((grant) => !grant.revoked && grant.scopes.includes(scope));
  const now = facts.now.getTime();
  const active = covering.find((grant) => grant.validFrom.getTime() <= now && now < grant.validUntil.getTime());
  if (active)
    return allow({
      kind: 'consent',
      consentId: active.id,
      ruleVersion: rule.version,
      validUntil: active.validUntil.toISOString(),
    });
  if (covering.some((grant) => grant.validUntil.getTime() <= now)) {
    return deny(
      ErrorCode.CONSENT_EXPIRED,
      `the citizen's consent to client ${rule.clientId} for ${rule.purpose} covering ${scope} has expired`,
    );
  }
  return deny(
    ErrorCode.CONSENT_REQUIRED,
    `no active consent by the citizen covers ${scope} for client ${rule.clientId} and purpose ${rule.purpose}`,
  );
}
