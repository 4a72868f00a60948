import type { SubgraphContext } from '../host/subgraph';
import type { ServicesLoaders } from './loaders';

export type ServicesContext = SubgraphContext<ServicesLoaders>;
