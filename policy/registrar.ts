import { LegalBasis } from '../schema/legal-bases';
import type { PolicyContext } from './context';

/**
 * The scopes whose data the calling officer's service keeps as its registrar: those its rule gives it on a basis
 * other than consent (a legal obligation or public task). Such a service records changes in a register and
 * answers the corrections citizens ask of it; a citizen's consent lets a service read their data, never makes it
 * their registrar. None for anyone but an officer with a rule.
 */
export async function registrarScopes(context: PolicyContext): Promise<ReadonlySet<string>> {
  if (context.caller.role !== 'officer') return new Set();
  const access = await context.policy.access();
  return access.kind === 'granted' && access.rule.legalBasis !== LegalBasis.CONSENT ? access.rule.scopes : new Set();
}
