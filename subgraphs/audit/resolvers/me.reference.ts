import type { ReferenceResolvers } from '../../../schema/federation';
import type { AuditContext } from '../context';

export const meReference: ReferenceResolvers<AuditContext> = {
  Me: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
};
