import type { SubgraphDefinition } from '../host/subgraph';
import { createRegsosekLoaders, type RegsosekLoaders } from './loaders';
import { regsosekOrmConfig } from './mikro-orm.config';
import { regsosekPolicy } from './permissions';
import { buildRegsosekSchema } from './schema';

/**
 * DTSEN socio-economic register: households, welfare deciles, housing, assets and programme eligibility, and the
 * objections to eligibility decisions with their review.
 */
export const regsosek: SubgraphDefinition<RegsosekLoaders> = {
  name: 'regsosek',
  defaultPort: 4002,
  buildSchema: buildRegsosekSchema,
  ormConfig: regsosekOrmConfig,
  createLoaders: createRegsosekLoaders,
  policy: regsosekPolicy,
};
