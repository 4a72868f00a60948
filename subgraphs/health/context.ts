import type { SubgraphContext } from '../../hub/subgraph';
import type { HealthLoaders } from './loaders';

export type HealthContext = SubgraphContext<HealthLoaders>;
