import type { SubgraphContext } from '../host/subgraph';
import type { ConsentLoaders } from './loaders';

export type ConsentContext = SubgraphContext<ConsentLoaders>;
