import type { SubgraphDefinition } from '../host/subgraph';
import { createInsightsLoaders, type InsightsLoaders } from './loaders';
import { insightsOrmConfig } from './mikro-orm.config';
import { insightsPolicy } from './permissions';
import { buildInsightsSchema } from './schema';

/** Planners' cross-sector aggregates over the pseudonymised projection, under disclosure control. */
export const insights: SubgraphDefinition<InsightsLoaders> = {
  name: 'insights',
  keyedMutations: true,
  defaultPort: 4008,
  buildSchema: buildInsightsSchema,
  ormConfig: insightsOrmConfig,
  createLoaders: createInsightsLoaders,
  policy: insightsPolicy,
};
