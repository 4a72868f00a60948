import type { Role } from '../auth/caller';
import { AGENCY_SCOPES, type Scope } from '../schema/scopes';

/**
 * The most a role could ever be allowed to read, before any per-citizen decision. The gateway refuses, before
 * planning, an operation that asks for a scope outside its caller's ceiling; what is inside is still decided
 * per citizen where the data is released (consent, legal basis, own NIK).
 *
 * - citizen: every scope of their own (decided in the subgraphs), but no planner's aggregates;
 * - officer: the agencies' data, subject to the steward's rules for their client and purpose, and consent;
 *   never a citizen's consent records or access log;
 * - planner: the cohort aggregates (insights.aggregate) and nothing about any individual;
 * - steward: none: rules, clients, purposes and consent counts only;
 * - auditor: the access log only: the record of releases, never what was released.
 */
const AGENCY_SCOPE_SET: ReadonlySet<Scope> = new Set(AGENCY_SCOPES);

const CEILINGS: Record<Role, (scope: Scope) => boolean> = {
  citizen: (scope) => !scope.startsWith('insights.'),
  officer: (scope) => AGENCY_SCOPE_SET.has(scope),
  planner: (scope) => scope === 'insights.aggregate',
  steward: () => false,
  auditor: (scope) => scope === 'audit.log',
};

export function withinCeiling(role: Role, scope: Scope): boolean {
  return CEILINGS[role](scope);
}
