import type { SubgraphContext } from '../../hub/subgraph';
import type { LicensingLoaders } from './loaders';

export type LicensingContext = SubgraphContext<LicensingLoaders>;
