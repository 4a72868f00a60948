import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../schema/federation';
import type { AuditContext } from './context';
import { ClientReference, PurposeReference } from './entities/log.types';
import { Me } from './entities/me.type';
import { AccessEventResolver } from './resolvers/access-event.resolver';
import { AccessLogEntryResolver } from './resolvers/access-log-entry.resolver';
import { meReference } from './resolvers/me.reference';
import { MeResolver } from './resolvers/me.resolver';

/** Builds the audit (access log) subgraph schema (no I/O). */
export function buildAuditSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<AuditContext>(
    {
      resolvers: [MeResolver, AccessLogEntryResolver, AccessEventResolver],
      orphanedTypes: [Me, ClientReference, PurposeReference],
    },
    meReference,
  );
}
