import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { RegsosekContext } from './context';
import { citizenReference } from './resolvers/citizen.reference';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { householdReference } from './resolvers/household.reference';
import { HouseholdMemberResolver, HouseholdResolver } from './resolvers/household.resolver';

/** Builds the regsosek (DTSEN) subgraph schema (no I/O). */
export function buildRegsosekSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<RegsosekContext>(
    { resolvers: [CitizenResolver, HouseholdResolver, HouseholdMemberResolver] },
    { ...citizenReference, ...householdReference },
  );
}
