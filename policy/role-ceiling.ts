import type { Role } from '../auth/caller';
import type { Scope } from '../schema/scopes';

/**
 * The most a role could ever be allowed to read, before any per-citizen decision. The gateway refuses, before
 * planning, an operation that asks for a scope outside its caller's ceiling; what is inside is still decided
 * per citizen where the data is released (consent, legal basis, own NIK).
 *
 * - citizen: every scope, for their own NIK only (decided in the subgraphs);
 * - officer and auditor: every scope, subject to the steward's rules for their client and purpose;
 * - planner: none: planners get aggregates, never an individual;
 * - steward: none of the agencies' data: rules and consent metadata only.
 */
const CEILINGS: Record<Role, (scope: Scope) => boolean> = {
  citizen: () => true,
  officer: () => true,
  auditor: () => true,
  planner: () => false,
  steward: () => false,
};

export function withinCeiling(role: Role, scope: Scope): boolean {
  return CEILINGS[role](scope);
}
