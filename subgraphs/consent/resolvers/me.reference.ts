import type { ReferenceResolvers } from '../../../schema/federation';
import type { ConsentContext } from '../context';

export const meReference: ReferenceResolvers<ConsentContext> = {
  Me: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
};
