import type { SubgraphDefinition } from '../host/subgraph';
import { createHealthLoaders, type HealthLoaders } from './loaders';
import { healthOrmConfig } from './mikro-orm.config';
import { buildHealthSchema } from './schema';

/** Health: JKN memberships (BPJS Kesehatan), primary-care facilities and SATUSEHAT patient ids. */
export const health: SubgraphDefinition<HealthLoaders> = {
  name: 'health',
  defaultPort: 4004,
  buildSchema: buildHealthSchema,
  ormConfig: healthOrmConfig,
  createLoaders: createHealthLoaders,
};
