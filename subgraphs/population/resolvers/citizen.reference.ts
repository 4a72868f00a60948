import type { ReferenceResolvers } from '../../../schema/federation';
import type { PopulationContext } from '../context';

/** How the gateway turns `{ __typename: "Citizen", nik }` from another subgraph into a population record. */
export const citizenReference: ReferenceResolvers<PopulationContext> = {
  Citizen: {
    __resolveReference: (reference: { nik: string }, { loaders }: PopulationContext) =>
      loaders.citizen.load(reference.nik),
  },
};
