import type { SubgraphContext } from '../../hub/subgraph';
import type { AuditLoaders } from './loaders';

export type AuditContext = SubgraphContext<AuditLoaders>;
