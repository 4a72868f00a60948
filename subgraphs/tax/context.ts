import type { SubgraphContext } from '../host/subgraph';
import type { TaxLoaders } from './loaders';

export type TaxContext = SubgraphContext<TaxLoaders>;
