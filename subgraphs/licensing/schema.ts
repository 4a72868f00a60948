import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { LicensingContext } from './context';
import { ApplicationResolver } from './resolvers/application.resolver';
import { BusinessResolver } from './resolvers/business.resolver';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { LicencesResolver } from './resolvers/licences.resolver';
import { licensingReferences } from './resolvers/references';

/** Builds the licensing (STR/SIP, OSS NIB) subgraph schema (no I/O). */
export function buildLicensingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<LicensingContext>({ resolvers: [CitizenResolver, LicencesResolver, ApplicationResolver, BusinessResolver] }, licensingReferences);
}
