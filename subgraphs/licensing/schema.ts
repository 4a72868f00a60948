import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { LicensingContext } from './context';
import { BusinessResolver } from './resolvers/business.resolver';
import { citizenReference } from './resolvers/citizen.reference';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { LicenceApplicationResolver } from './resolvers/licence-application.resolver';
import { LicencesResolver } from './resolvers/licences.resolver';

/** Builds the licensing (STR/SIP, OSS NIB) subgraph schema (no I/O). */
export function buildLicensingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<LicensingContext>(
    { resolvers: [CitizenResolver, LicencesResolver, LicenceApplicationResolver, BusinessResolver] },
    citizenReference,
  );
}
