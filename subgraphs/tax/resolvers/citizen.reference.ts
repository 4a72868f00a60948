import type { ReferenceResolvers } from '../../../schema/federation';
import type { TaxContext } from '../context';

export const citizenReference: ReferenceResolvers<TaxContext> = {
  Citizen: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
};
