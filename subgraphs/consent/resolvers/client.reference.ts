import type { ReferenceResolvers } from '../../../schema/federation';
import type { ConsentContext } from '../context';

export const clientReference: ReferenceResolvers<ConsentContext> = {
  // Clients named by the access log (audit subgraph), with their names and agencies.
  Client: { __resolveReference: (reference: { id: string }, { loaders }) => loaders.client.load(reference.id) },
};
