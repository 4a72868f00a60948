import type { SubgraphContext } from '../../hub/subgraph';
import type { ConsentLoaders } from './loaders';

export type ConsentContext = SubgraphContext<ConsentLoaders>;
