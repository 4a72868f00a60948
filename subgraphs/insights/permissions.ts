import { roles, type PolicyOptions } from '../../policy/shield';

/**
 * The insights subgraph's access map beyond its one scope (insights.aggregate, in the planner's ceiling
 * alone): stewards set the disclosure control; stewards and planners may read it.
 */
export const insightsPolicy: PolicyOptions = {
  fieldRules: {
    Query: { disclosureControl: roles('steward', 'planner') },
    Mutation: { setDisclosureControl: roles('steward') },
  },
};
