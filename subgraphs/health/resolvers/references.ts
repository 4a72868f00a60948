import type { ReferenceResolvers } from '../../../schema/federation';
import type { HealthContext } from '../context';

export const healthReferences: ReferenceResolvers<HealthContext> = {
  Citizen: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
};
