import type { SubgraphContext } from '../host/subgraph';
import type { AuditLoaders } from './loaders';

export type AuditContext = SubgraphContext<AuditLoaders>;
