import { roles, type PolicyOptions } from '../../policy/shield';

/**
 * The audit subgraph's access map, beyond the `@sensitive` scopes: the clients that hit their quota are for
 * stewards (who set the quotas) and auditors. It names clients and limits, never a person.
 */
export const auditPolicy: PolicyOptions = {
  fieldRules: {
    Query: {
      quotaAlerts: roles('steward', 'auditor'),
    },
  },
};
