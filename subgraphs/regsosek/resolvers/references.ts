import type { ReferenceResolvers } from '../../../schema/federation';
import type { RegsosekContext } from '../context';

/** Entity references the gateway sends here: Citizens (extended with DTSEN fields) and Households. */
export const regsosekReferences: ReferenceResolvers<RegsosekContext> = {
  Citizen: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
  Household: { __resolveReference: (reference: { id: string }, { loaders }: RegsosekContext) => loaders.household.load(reference.id) },
};
