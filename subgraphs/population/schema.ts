import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { PopulationContext } from './context';
import { AddressChangeResolver } from './resolvers/address-change.resolver';
import { AddressResolver } from './resolvers/address.resolver';
import { ChangeFeedResolver, PopulationChangeResolver } from './resolvers/change.resolver';
import { citizenReference } from './resolvers/citizen.reference';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { FamilyResolver } from './resolvers/family.resolver';

/** Builds the population subgraph schema (no I/O): used by the server and by `npm run compose`. */
export function buildPopulationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<PopulationContext>(
    {
      resolvers: [
        CitizenResolver,
        AddressChangeResolver,
        FamilyResolver,
        AddressResolver,
        ChangeFeedResolver,
        PopulationChangeResolver,
      ],
    },
    citizenReference,
  );
}
