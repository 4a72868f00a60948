import type { Caller } from '../auth/caller';
import { ErrorCode } from '../schema/errors';
import type { Scope } from '../schema/scopes';
import { withinCeiling } from './role-ceiling';

/** How the person whose data a field releases relates to a citizen caller. */
export type Relation = 'self' | 'family' | 'other';

/** Whose data a field releases: a person (with their relation to the caller), or nobody identified yet. */
export type Subject = { kind: 'person'; nik: string; relation: Relation } | { kind: 'entry' } | { kind: 'nested' };

export type Decision = { kind: 'allow' } | { kind: 'deny'; code: typeof ErrorCode.FORBIDDEN; reason: string };

const allow: Decision = { kind: 'allow' };
const deny = (reason: string): Decision => ({ kind: 'deny', code: ErrorCode.FORBIDDEN, reason });

/** What a citizen may see of another person on their own family card: what the card itself shows. */
const FAMILY_CARD_SCOPES: ReadonlySet<Scope> = new Set(['population.identity', 'population.family']);

/**
 * The one decision on releasing a field of personal data. Deny by default.
 * - Outside the role's ceiling: deny (planners and stewards never get personal data).
 * - Citizen: their own data; of people on their own family card, what the card shows; nothing else. A root
 *   field that names no person (a lookup by KK, NPWP, card number or application id) is refused, so a citizen
 *   cannot probe for other people's records, and the refusal is the same whether the record exists or not.
 * - Officer and auditor: allowed within the ceiling; the steward's rules (client, purpose, legal basis, consent)
 *   are the next layer to land here.
 * `nested` fields sit below an entry already decided (e.g. the filings of a tax profile).
 */
export function decide(caller: Caller, scope: Scope, subject: Subject): Decision {
  if (!withinCeiling(caller.role, scope)) return deny(`the ${caller.role} role may not read ${scope}`);
  if (subject.kind === 'nested') return allow;
  switch (caller.role) {
    case 'citizen':
      if (subject.kind === 'entry') return deny('a citizen may look up only their own records, by their own NIK');
      if (subject.relation === 'self') return allow;
      if (subject.relation === 'family' && FAMILY_CARD_SCOPES.has(scope)) return allow;
      return deny('a citizen may read only their own data');
    case 'officer':
    case 'auditor':
      return allow;
    case 'planner':
    case 'steward':
      return deny(`the ${caller.role} role may not read ${scope}`);
  }
}
