import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * The monthly report of data subjects' requests (schema/rights.ts), whose query the consent subgraph owns;
 * regsosek contributes the objections to eligibility decisions (resolved in rights-report.resolver.ts).
 */
@ObjectType('RightsReport', {
  description: "A month's data-subject requests under UU PDP No. 27/2022, as each agency's subgraph counts them.",
})
@Directive('@key(fields: "month")')
export class RightsReport {
  @Field({ description: 'The month reported on, `YYYY-MM` (Jakarta time).' })
  month!: string;
}
