import type { ReferenceResolvers } from '../../../schema/federation';
import type { RegsosekContext } from '../context';

/** The monthly rights report the consent subgraph serves, to which regsosek adds its objections. */
export const rightsReportReference: ReferenceResolvers<RegsosekContext> = {
  RightsReport: { __resolveReference: (reference: { month: string }) => ({ month: reference.month }) },
};
