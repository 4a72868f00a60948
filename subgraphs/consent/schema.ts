import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { ConsentContext } from './context';
import { Citizen } from './entities/citizen.type';
import { AccessRuleResolver } from './resolvers/access-rule.resolver';
import { CatalogueResolver } from './resolvers/catalogue.resolver';
import { clientReference } from './resolvers/client.reference';
import { ConsentResolver } from './resolvers/consent.resolver';
import { CitizenCorrectionsResolver, CorrectionResolver, MeCorrectionsResolver } from './resolvers/correction.resolver';
import { DataExportResolver } from './resolvers/data-export.resolver';
import { ConsentRequestResolver, MeConsentRequestsResolver } from './resolvers/consent-request.resolver';
import { meReference } from './resolvers/me.reference';
import { MeResolver } from './resolvers/me.resolver';
import { purposeReference } from './resolvers/purpose.reference';
import { RightsReportResolver } from './resolvers/rights-report.resolver';
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
        DataExportResolver,
        RightsReportResolver,
        CorrectionResolver,
        MeCorrectionsResolver,
        CitizenCorrectionsResolver,
      ],
      orphanedTypes: [Citizen],
    },
    {
      ...meReference,
      ...clientReference,
      ...purposeReference,
      Citizen: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
      RightsReport: { __resolveReference: (reference: { month: string }) => ({ month: reference.month }) },
    },
  );
}
