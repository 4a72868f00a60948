import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { ServicesContext } from './context';
import { Me } from './entities/me.type';
import { CatalogueResolver } from './resolvers/catalogue.resolver';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { CitizenComplaintsResolver, ComplaintResolver, MeComplaintsResolver } from './resolvers/complaint.resolver';
import { NotificationResolver } from './resolvers/notification.resolver';
import { SurveyResolver } from './resolvers/survey.resolver';
import { MeResolver } from './resolvers/me.resolver';
import { servicesReferences } from './resolvers/references';
import { ServiceApplicationResolver } from './resolvers/service-application.resolver';

/** Builds the services (MPP catalogue and applications) subgraph schema (no I/O). */
export function buildServicesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<ServicesContext>(
    {
      resolvers: [
        CatalogueResolver,
        CitizenResolver,
        ServiceApplicationResolver,
        MeResolver,
        NotificationResolver,
        ComplaintResolver,
        MeComplaintsResolver,
        CitizenComplaintsResolver,
        SurveyResolver,
      ],
      orphanedTypes: [Me],
    },
    servicesReferences,
  );
}
