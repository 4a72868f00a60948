import type { SubgraphDefinition } from '../host/subgraph';
import { createConsentLoaders, type ConsentLoaders } from './loaders';
import { consentOrmConfig } from './mikro-orm.config';
import { consentPolicy } from './permissions';
import { buildConsentSchema } from './schema';

/** Consent and access rules: registered clients, purposes, steward rules, citizens' consents and receipts. */
export const consent: SubgraphDefinition<ConsentLoaders> = {
  name: 'consent',
  keyedMutations: true,
  defaultPort: 4006,
  buildSchema: buildConsentSchema,
  ormConfig: consentOrmConfig,
  createLoaders: createConsentLoaders,
  policy: consentPolicy,
};
