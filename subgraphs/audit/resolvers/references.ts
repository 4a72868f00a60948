import type { ReferenceResolvers } from '../../../schema/federation';
import type { AuditContext } from '../context';

export const auditReferences: ReferenceResolvers<AuditContext> = {
  Me: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
};
