import type { ReferenceResolvers } from '../../../schema/federation';
import type { RegsosekContext } from '../context';

/** Citizens the gateway sends here, to be extended with DTSEN fields. */
export const citizenReference: ReferenceResolvers<RegsosekContext> = {
  Citizen: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
};
