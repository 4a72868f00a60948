import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { ConsentContext } from './context';
import { Citizen } from './entities/citizen.type';
import { AccessRuleResolver } from './resolvers/access-rule.resolver';
import { CatalogueResolver } from './resolvers/catalogue.resolver';
import { ConsentResolver } from './resolvers/consent.resolver';
import { MeResolver } from './resolvers/me.resolver';
import { consentReferences } from './resolvers/references';

/** Builds the consent subgraph schema (no I/O). */
export function buildConsentSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<ConsentContext>(
    { resolvers: [MeResolver, ConsentResolver, CatalogueResolver, AccessRuleResolver], orphanedTypes: [Citizen] },
    consentReferences,
  );
}
