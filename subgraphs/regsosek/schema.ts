import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { RegsosekContext } from './context';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { HouseholdMemberResolver, HouseholdResolver } from './resolvers/household.resolver';
import { regsosekReferences } from './resolvers/references';

/** Builds the regsosek (DTSEN) subgraph schema (no I/O). */
export function buildRegsosekSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<RegsosekContext>({ resolvers: [CitizenResolver, HouseholdResolver, HouseholdMemberResolver] }, regsosekReferences);
}
