import type { SubgraphContext } from '../host/subgraph';
import type { LicensingLoaders } from './loaders';

export type LicensingContext = SubgraphContext<LicensingLoaders>;
