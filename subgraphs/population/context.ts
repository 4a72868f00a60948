import type { SubgraphContext } from '../host/subgraph';
import type { PopulationLoaders } from './loaders';

/** Built fresh for every request: a forked EntityManager and its own loaders. */
export type PopulationContext = SubgraphContext<PopulationLoaders>;
