import type { SubgraphDefinition } from '../host/subgraph';
import { applyAddressChanges } from './address-changes';
import { createLicensingLoaders, type LicensingLoaders } from './loaders';
import { licensingOrmConfig } from './mikro-orm.config';
import { buildLicensingSchema } from './schema';

/** Licensing: health-worker STR and SIP, OSS business licences (NIB, KBLI) and licence applications. */
export const licensing: SubgraphDefinition<LicensingLoaders> = {
  name: 'licensing',
  defaultPort: 4005,
  buildSchema: buildLicensingSchema,
  ormConfig: licensingOrmConfig,
  createLoaders: createLicensingLoaders,
  changes: { group: 'licensing', handle: applyAddressChanges },
};
