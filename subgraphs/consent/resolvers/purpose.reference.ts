import type { ReferenceResolvers } from '../../../schema/federation';
import type { ConsentContext } from '../context';

export const purposeReference: ReferenceResolvers<ConsentContext> = {
  // Purposes named by the access log (audit subgraph), with their names.
  Purpose: { __resolveReference: (reference: { code: string }, { loaders }) => loaders.purpose.load(reference.code) },
};
