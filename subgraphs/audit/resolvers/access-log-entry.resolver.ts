import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AuditContext } from '../context';
import { AccessLogEntry, InclusionProof } from '../entities/log.types';
import { checkpointOf } from './checkpoint';

@Resolver(() => AccessLogEntry)
export class AccessLogEntryResolver {
  @FieldResolver(() => InclusionProof, {
    nullable: true,
    description:
      "The entry's inclusion proof against the latest signed checkpoint; null only for an entry not sealed yet.",
  })
  async inclusion(
    @Root() entry: AccessLogEntry,
    @Ctx() { loaders, accessLog }: AuditContext,
  ): Promise<InclusionProof | null> {
    const loaded = await loaders.inclusion.load(entry.position);
    return (
      loaded && {
        leafHash: loaded.leafHash.toString('base64'),
        leafIndex: entry.position - 1,
        path: loaded.path.map((node) => node.toString('base64')),
        checkpoint: checkpointOf(loaded.checkpoint, accessLog.publicKeyPem),
      }
    );
  }
}
