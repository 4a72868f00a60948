import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { TaxContext } from './context';
import { Citizen } from './entities/citizen.type';
import { citizenReference } from './resolvers/citizen.reference';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { TaxProfileResolver } from './resolvers/tax-profile.resolver';

/** Builds the tax (DJP) subgraph schema (no I/O). */
export function buildTaxSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<TaxContext>(
    { resolvers: [CitizenResolver, TaxProfileResolver], orphanedTypes: [Citizen] },
    citizenReference,
  );
}
