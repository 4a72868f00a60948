import type { SubgraphContext } from '../host/subgraph';
import type { InsightsLoaders } from './loaders';

export type InsightsContext = SubgraphContext<InsightsLoaders>;
