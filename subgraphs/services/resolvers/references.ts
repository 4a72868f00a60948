import type { ReferenceResolvers } from '../../../schema/federation';
import type { ServicesContext } from '../context';

export const servicesReferences: ReferenceResolvers<ServicesContext> = {
  Me: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
  Citizen: { __resolveReference: (reference: { nik: string }) => ({ nik: reference.nik }) },
};
