import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OverdueRightsRequest, RightsRequestCounts } from '../../../schema/rights';
import type { RegsosekContext } from '../context';
import { RightsReport } from '../entities/rights-report.type';
import { objectionCounts, overdueObjections } from '../rights-report';

/** What regsosek adds to the monthly rights report (stewards and auditors): counts that name no person. */
@Resolver(() => RightsReport)
export class RightsReportResolver {
  @FieldResolver(() => RightsRequestCounts, {
    description:
      'Objections to automated eligibility decisions (UU PDP Pasal 10) received in the month, and their reviews ' +
      'by Kementerian Sosial (outcomes UPHELD, OVERTURNED).',
  })
  objections(@Root() report: RightsReport, @Ctx() { em }: RegsosekContext): Promise<RightsRequestCounts> {
    return objectionCounts(em, report.month, new Date());
  }

  @FieldResolver(() => [OverdueRightsRequest], {
    description: 'Every objection not reviewed by its deadline (3 x 24 hours), whenever received, oldest first.',
  })
  overdueObjections(@Ctx() { em }: RegsosekContext): Promise<OverdueRightsRequest[]> {
    return overdueObjections(em, new Date());
  }
}
