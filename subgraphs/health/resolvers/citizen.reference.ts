import type { ReferenceResolvers } from '../../../schema/federation';
import type { HealthContext } from '../context';

export const citizenReference: ReferenceResolvers<HealthContext> = {
  Citizen: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
};
