import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

/**
 * The data subject's requests under UU PDP No. 27/2022 that the hub serves, and what stewards see of them. Each
 * kind is kept by the subgraph that owns what it is about (an export and a correction by the consent subgraph,
 * an objection to an eligibility decision by regsosek, which makes the decision); the monthly report is one
 * entity (`RightsReport`, keyed by month) to which each contributes its own counts, so the steward reads one
 * report and no subgraph reads another's tables (subgraphs/host/rights-counts.ts counts them alike).
 */
export const RIGHTS_REQUEST_KIND_ENUM = {
  name: 'RightsRequestKind',
  description: "A data subject's request under UU PDP No. 27/2022.",
  valuesConfig: {
    DATA_EXPORT: { description: 'Access to and a portable copy of their data (Pasal 7 and 13).' },
    CORRECTION: { description: 'Correction of inaccurate data (Pasal 6), decided by the agency that holds it.' },
    OBJECTION: {
      description: 'Objection to a decision based solely on automated processing (Pasal 10), reviewed by a person.',
    },
  },
};

/**
 * The period the controller has to answer: UU PDP gives 3 x 24 hours to give access to a copy (Pasal 32) and to
 * correct (Pasal 30). The law sets no period for the review of an automated decision (Pasal 10); the hub holds
 * it to the same 3 x 24 hours, so no right waits longer than another.
 */
export const ANSWER_PERIOD_HOURS = 72;

export function answerDue(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + ANSWER_PERIOD_HOURS * 3_600_000);
}

@ObjectType({ description: 'How many requests of one kind ended with one outcome.' })
@Directive('@shareable')
export class RightsOutcomeCount {
  @Field({ description: 'The outcome, e.g. DELIVERED, ACCEPTED, REJECTED, UPHELD, OVERTURNED.' })
  outcome!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'Requests of one kind received in a month, and how they were answered.' })
@Directive('@shareable')
export class RightsRequestCounts {
  @Field(() => Int, { description: 'Requests received in the month.' })
  received!: number;

  @Field(() => Int, { description: 'Of those, answered (whenever).' })
  answered!: number;

  @Field(() => Int, { description: 'Of those, answered within the period (3 x 24 hours).' })
  answeredInTime!: number;

  @Field(() => Int, { description: 'Of those, not answered yet.' })
  open!: number;

  @Field(() => Int, { description: 'Of the open ones, past their deadline now.' })
  overdue!: number;

  @Field(() => [RightsOutcomeCount], { description: 'The answered ones by outcome.' })
  outcomes!: RightsOutcomeCount[];

  @Field(() => Float, { nullable: true, description: 'Median hours from receipt to answer; null when none answered.' })
  medianHoursToAnswer!: number | null;
}

@ObjectType({
  description:
    'A request past its deadline and not answered, as a steward sees it: which kind, where it waits, since when. ' +
    'It names no person.',
})
@Directive('@shareable')
export class OverdueRightsRequest {
  @Field(() => ID, { description: "The request's identifier, as its agency's work queue shows it." })
  id!: string;

  @Field({ description: 'RightsRequestKind of the request.' })
  kind!: string;

  @Field({ description: 'The agency that has to answer it.' })
  agency!: string;

  @Field(() => Date, { description: 'When the request came.' })
  receivedAt!: Date;

  @Field(() => Date, { description: 'When the answer was due (3 x 24 hours after it came).' })
  dueAt!: Date;
}

/** The month a report covers, `YYYY-MM`, as the UTC instants it starts and ends at (Jakarta time, UTC+7). */
export function reportMonth(month: string): { from: Date; to: Date } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  const jakarta = 7 * 3_600_000;
  return {
    from: new Date(Date.UTC(year, index, 1) - jakarta),
    to: new Date(Date.UTC(year, index + 1, 1) - jakarta),
  };
}
