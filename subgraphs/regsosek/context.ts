import type { SubgraphContext } from '../../hub/subgraph';
import type { RegsosekLoaders } from './loaders';

export type RegsosekContext = SubgraphContext<RegsosekLoaders>;
