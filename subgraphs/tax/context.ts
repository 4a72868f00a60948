import type { SubgraphContext } from '../../hub/subgraph';
import type { TaxLoaders } from './loaders';

export type TaxContext = SubgraphContext<TaxLoaders>;
