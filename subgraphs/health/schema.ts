import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { HealthContext } from './context';
import { Citizen } from './entities/citizen.type';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { MembershipResolver } from './resolvers/membership.resolver';
import { healthReferences } from './resolvers/references';

/** Builds the health (BPJS Kesehatan / SATUSEHAT) subgraph schema (no I/O). */
export function buildHealthSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<HealthContext>({ resolvers: [CitizenResolver, MembershipResolver], orphanedTypes: [Citizen] }, healthReferences);
}
