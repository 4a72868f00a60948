import type { ReferenceResolvers } from '../../../schema/federation';
import type { RegsosekContext } from '../context';

/** Households other subgraphs reference by id, loaded from DTSEN. */
export const householdReference: ReferenceResolvers<RegsosekContext> = {
  Household: {
    __resolveReference: (reference: { id: string }, { loaders }: RegsosekContext) =>
      loaders.household.load(reference.id),
  },
};
