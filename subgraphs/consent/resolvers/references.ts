import type { ReferenceResolvers } from '../../../schema/federation';
import type { ConsentContext } from '../context';

export const consentReferences: ReferenceResolvers<ConsentContext> = {
  Me: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
  // Clients and purposes named by the access log (audit subgraph), with their names and agencies.
  Client: { __resolveReference: (reference: { id: string }, { loaders }) => loaders.client.load(reference.id) },
  Purpose: { __resolveReference: (reference: { code: string }, { loaders }) => loaders.purpose.load(reference.code) },
};
