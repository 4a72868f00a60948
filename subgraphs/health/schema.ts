import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { HealthContext } from './context';
import { Citizen } from './entities/citizen.type';
import { BpjsMembershipResolver } from './resolvers/bpjs-membership.resolver';
import { citizenReference } from './resolvers/citizen.reference';
import { CitizenResolver } from './resolvers/citizen.resolver';

/** Builds the health (BPJS Kesehatan / SATUSEHAT) subgraph schema (no I/O). */
export function buildHealthSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<HealthContext>(
    { resolvers: [CitizenResolver, BpjsMembershipResolver], orphanedTypes: [Citizen] },
    citizenReference,
  );
}
