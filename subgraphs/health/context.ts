import type { SubgraphContext } from '../host/subgraph';
import type { HealthLoaders } from './loaders';

export type HealthContext = SubgraphContext<HealthLoaders>;
