import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { ConsentContext } from './context';
import { Citizen } from './entities/citizen.type';
import { AccessRuleResolver } from './resolvers/access-rule.resolver';
import { CatalogueResolver } from './resolvers/catalogue.resolver';
import { clientReference } from './resolvers/client.reference';
import { ConsentResolver } from './resolvers/consent.resolver';
import { ConsentRequestResolver, MeConsentRequestsResolver } from './resolvers/consent-request.resolver';
import { meReference } from './resolvers/me.reference';
import { MeResolver } from './resolvers/me.resolver';
import { purposeReference } from './resolvers/purpose.reference';
import { TrustedDocumentResolver } from './resolvers/trusted-document.resolver';

/** Builds the consent subgraph schema (no I/O). */
export function buildConsentSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<ConsentContext>(
    {
      resolvers: [
        MeResolver,
        ConsentResolver,
        ConsentRequestResolver,
        MeConsentRequestsResolver,
        CatalogueResolver,
        AccessRuleResolver,
        TrustedDocumentResolver,
      ],
      orphanedTypes: [Citizen],
    },
    { ...meReference, ...clientReference, ...purposeReference },
  );
}
