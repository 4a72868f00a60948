import type { ReferenceResolvers } from '../../../schema/federation';
import type { LicensingContext } from '../context';

export const citizenReference: ReferenceResolvers<LicensingContext> = {
  Citizen: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
};
