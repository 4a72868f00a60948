import type { SubgraphDefinition } from '../host/subgraph';
import { createRegsosekLoaders, type RegsosekLoaders } from './loaders';
import { regsosekOrmConfig } from './mikro-orm.config';
import { buildRegsosekSchema } from './schema';

/** DTSEN socio-economic register: households, welfare deciles, housing, assets and programme eligibility. */
export const regsosek: SubgraphDefinition<RegsosekLoaders> = {
  name: 'regsosek',
  defaultPort: 4002,
  buildSchema: buildRegsosekSchema,
  ormConfig: regsosekOrmConfig,
  createLoaders: createRegsosekLoaders,
};
