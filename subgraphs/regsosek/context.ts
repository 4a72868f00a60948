import type { SubgraphContext } from '../host/subgraph';
import type { RegsosekLoaders } from './loaders';

export type RegsosekContext = SubgraphContext<RegsosekLoaders>;
