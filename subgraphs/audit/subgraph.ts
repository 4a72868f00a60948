import type { SubgraphDefinition } from '../host/subgraph';
import { createAuditLoaders, type AuditLoaders } from './loaders';
import { auditOrmConfig } from './mikro-orm.config';
import { auditPolicy } from './permissions';
import { buildAuditSchema } from './schema';

/** The access log as citizens, auditors and breach responders read it (written by policy/audit/, never here). */
export const audit: SubgraphDefinition<AuditLoaders> = {
  name: 'audit',
  defaultPort: 4007,
  buildSchema: buildAuditSchema,
  ormConfig: auditOrmConfig,
  createLoaders: createAuditLoaders,
  policy: auditPolicy,
};
