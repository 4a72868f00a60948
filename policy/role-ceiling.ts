import type { Role } from '../auth/caller';
import type { Scope } from '../schema/scopes';

/**
 * The most a role could ever be allowed to read, before any per-citizen decision. The gateway refuses, before
 * planning, an operation that asks for a scope outside its caller's ceiling; what is inside is still decided
 * per citizen where the data is released (consent, legal basis, own NIK).
 *
 * - citizen: every scope, for their own NIK only (decided in the subgraphs);
 * - officer: the agencies' data, subject to the steward's rules for their client and purpose, and consent;
 *   never a citizen's consent records;
 * - planner: none: planners get aggregates, never an individual;
 * - steward: none: rules, clients, purposes and consent counts only;
 * - auditor: none of the agencies' data: auditors read the record of releases, not what was released.
 */
const CEILINGS: Record<Role, (scope: Scope) => boolean> = {
  citizen: () => true,
  officer: (scope) => !scope.startsWith('consent.'),
  planner: () => false,
  steward: () => false,
  auditor: () => false,
};

export function withinCeiling(role: Role, scope: Scope): boolean {
  return CEILINGS[role](scope);
}
