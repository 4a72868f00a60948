import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { DecisionInputs } from './decision-inputs.type';
import { EligibilityObjection } from './eligibility-objection.entity';
import { DecisionStatus } from './objection.enums';
import { Programme } from './regsosek.enums';

@ObjectType({
  description:
    "One programme's eligibility decision as served: made by the rules alone (UU PDP No. 27/2022 Pasal 10), " +
    'with the rule version and the inputs it used, and what a person objecting to it and its review changed. A ' +
    'review by an officer applies to the rule version and the inputs it reviewed: once either changes, the ' +
    'automated decision is a new one (FINAL), which the person may object to again.',
})
export class EligibilityDecision {
  @Field(() => Programme, { description: 'The programme decided.' })
  programme!: Programme;

  @Field({
    description:
      "Whether the household is eligible as the decision stands: the rules' outcome, or the reviewing officer's " +
      'when a review overturned it. While `status` is CONTESTED this is not final.',
  })
  eligible!: boolean;

  @Field(() => Int, { nullable: true, description: 'The version of the programme rule applied; null when no rule.' })
  ruleVersion!: number | null;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => DecisionInputs, { nullable: true, description: 'What the rules decided from.' })
  inputs!: DecisionInputs;

  @Field(() => DecisionStatus, {
    description: 'FINAL, CONTESTED (objected to, not reviewed yet: never final) or reviewed by an officer.',
  })
  status!: DecisionStatus;

  @Field({
    description:
      'False while the decision is CONTESTED: a service must not act on it as final (e.g. refuse or grant on it ' +
      'alone) until an officer has reviewed it.',
  })
  final!: boolean;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => EligibilityObjection, {
    nullable: true,
    description:
      "The person's latest objection to this programme's decision, with its status and, once reviewed, outcome " +
      'and reason; it may concern an earlier decision (compare its rule version and inputs).',
  })
  objection!: EligibilityObjection | null;
}
