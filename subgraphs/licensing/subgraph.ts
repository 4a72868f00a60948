import { peopleBy } from '../host/entry-people';
import type { SubgraphDefinition } from '../host/subgraph';
import { applyAddressChanges } from './address-changes';
import { createLicensingLoaders, type LicensingLoaders } from './loaders';
import { licensingOrmConfig } from './mikro-orm.config';
import { buildLicensingSchema } from './schema';

const applicant = peopleBy('id', 'select nik from licensing.application where id = ?', (id) =>
  /^[0-9a-f-]{36}$/.test(id) ? id : undefined,
);

/** Licensing: health-worker STR and SIP, OSS business licences (NIB, KBLI) and licence applications. */
export const licensing: SubgraphDefinition<LicensingLoaders> = {
  name: 'licensing',
  keyedMutations: true,
  defaultPort: 4005,
  buildSchema: buildLicensingSchema,
  ormConfig: licensingOrmConfig,
  createLoaders: createLicensingLoaders,
  changes: { group: 'licensing', handle: applyAddressChanges },
  // An application id names its applicant: reading or reviewing it is on the applicant's access log.
  policy: {
    entryPeople: {
      'Query.licenceApplication': applicant,
      'Mutation.reviewLicenceApplication': applicant,
    },
  },
};
