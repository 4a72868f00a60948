import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { TaxContext } from './context';
import { Citizen } from './entities/citizen.type';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { taxReferences } from './resolvers/references';
import { TaxpayerResolver } from './resolvers/taxpayer.resolver';

/** Builds the tax (DJP) subgraph schema (no I/O). */
export function buildTaxSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<TaxContext>({ resolvers: [CitizenResolver, TaxpayerResolver], orphanedTypes: [Citizen] }, taxReferences);
}
