import { roles, type PolicyOptions } from '../../policy/shield';

/**
 * The consent subgraph's access map, beyond the `@sensitive` scopes: the steward's mutations are for stewards,
 * and the rules, their history, the change log and consent counts for stewards and auditors. The catalogue
 * (scopes, clients, purposes) is readable by every signed-on caller; officers ask citizens for consent. A
 * citizen's own consents and answers to requests are decided by scope, about the caller: `consent.records` is in
 * no role's ceiling but the citizen's. A citizen asks for a copy of their data and for corrections; officers answer
 * corrections (each decided for its person in the resolver, by the corrected datum's scope); stewards and auditors
 * read the monthly report of those requests.
 */
export const consentPolicy: PolicyOptions = {
  personTypes: ['CorrectionRequest'],
  aboutCaller: [
    'Query.me',
    'Mutation.grantConsent',
    'Mutation.revokeConsent',
    'Mutation.answerConsentRequest',
    'Mutation.requestDataExport',
    'Mutation.requestCorrection',
  ],
  fieldRules: {
    Query: {
      accessRules: roles('steward', 'auditor'),
      accessRuleHistory: roles('steward', 'auditor'),
      accessRuleDryRun: roles('steward', 'auditor'),
      stewardChanges: roles('steward', 'auditor'),
      consentCounts: roles('steward', 'auditor'),
      trustedDocuments: roles('steward', 'auditor'),
      rightsReport: roles('steward', 'auditor'),
      correctionQueue: roles('officer'),
    },
    RightsReport: {
      exports: roles('steward', 'auditor'),
      overdueExports: roles('steward', 'auditor'),
      corrections: roles('steward', 'auditor'),
      overdueCorrections: roles('steward', 'auditor'),
    },
    Mutation: {
      requestConsent: roles('officer'),
      requestDataExport: roles('citizen'),
      requestCorrection: roles('citizen'),
      answerCorrection: roles('officer'),
      registerClient: roles('steward'),
      setClientQuota: roles('steward'),
      setClientSubjectIdentifiers: roles('steward'),
      definePurpose: roles('steward'),
      setAccessRule: roles('steward'),
      retireAccessRule: roles('steward'),
      registerTrustedDocuments: roles('steward'),
      removeTrustedDocuments: roles('steward'),
      requireTrustedDocuments: roles('steward'),
    },
  },
};
