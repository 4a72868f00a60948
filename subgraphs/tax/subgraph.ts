import type { SubgraphDefinition } from '../host/subgraph';
import { createTaxLoaders, type TaxLoaders } from './loaders';
import { taxOrmConfig } from './mikro-orm.config';
import { buildTaxSchema } from './schema';

/** Tax authority (DJP): NPWP registrations, tax offices, annual returns and compliance confirmation. */
export const tax: SubgraphDefinition<TaxLoaders> = {
  name: 'tax',
  defaultPort: 4003,
  buildSchema: buildTaxSchema,
  ormConfig: taxOrmConfig,
  createLoaders: createTaxLoaders,
};
