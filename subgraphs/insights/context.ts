import type { SubgraphContext } from '../../hub/subgraph';
import type { InsightsLoaders } from './loaders';

export type InsightsContext = SubgraphContext<InsightsLoaders>;
