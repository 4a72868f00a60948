import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { RegsosekContext } from './context';
import { citizenReference } from './resolvers/citizen.reference';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { householdReference } from './resolvers/household.reference';
import { HouseholdMemberResolver, HouseholdResolver } from './resolvers/household.resolver';
import { EligibilityObjectionResolver } from './resolvers/objection.resolver';
import { RightsReport } from './entities/rights-report.type';
import { rightsReportReference } from './resolvers/rights-report.reference';
import { RightsReportResolver } from './resolvers/rights-report.resolver';

/** Builds the regsosek (DTSEN) subgraph schema (no I/O). */
export function buildRegsosekSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<RegsosekContext>(
    {
      resolvers: [
        CitizenResolver,
        HouseholdResolver,
        HouseholdMemberResolver,
        EligibilityObjectionResolver,
        RightsReportResolver,
      ],
      // Reached only through the consent subgraph's `rightsReport`, as an entity reference.
      orphanedTypes: [RightsReport],
    },
    { ...citizenReference, ...householdReference, ...rightsReportReference },
  );
}
