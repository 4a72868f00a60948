import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { inputError } from '../../../schema/errors';
import { sensitive } from '../../../schema/scopes';
import type { RegsosekContext } from '../context';
import { Citizen } from '../entities/citizen.type';
import { EligibilityObjection } from '../entities/eligibility-objection.entity';
import { ObjectionOutcome, ObjectionStatus } from '../entities/objection.enums';
import { Programme } from '../entities/regsosek.enums';
import { isOverdue, objectToEligibility, reviewEligibilityObjection } from '../objections';

const MAX_LIST = 200;

@Resolver(() => EligibilityObjection)
export class EligibilityObjectionResolver {
  @Directive(sensitive('regsosek.eligibility'))
  @Mutation(() => EligibilityObjection, {
    description:
      'Objects (citizens) to the automated decision on one programme for your household (UU PDP Pasal 10): it is ' +
      'CONTESTED, and not final for any service reading it, until an officer of Kementerian Sosial reviews it, ' +
      'due within 3 x 24 hours. One open objection per programme.',
  })
  objectToEligibility(
    @Arg('programme', () => Programme, { description: 'The programme whose decision you object to.' })
    programme: Programme,
    @Arg('reason', () => String, { description: 'Why, 1-2,000 characters.' }) reason: string,
    @Ctx() ctx: RegsosekContext,
  ): Promise<EligibilityObjection> {
    return objectToEligibility(ctx, programme, reason);
  }

  @Directive(sensitive('regsosek.eligibility'))
  @Query(() => [EligibilityObjection], {
    nullable: true,
    description:
      'Objections to eligibility decisions (officers of the social-affairs agency, purpose SOCIAL_ASSISTANCE), ' +
      "oldest first; each is its objector's data, decided for them and on their access log.",
  })
  eligibilityObjections(
    @Arg('status', () => ObjectionStatus, { defaultValue: ObjectionStatus.OPEN, description: 'Which to list.' })
    status: ObjectionStatus,
    @Arg('first', () => Int, { defaultValue: 50, description: `Objections listed, 1 to ${MAX_LIST}.` }) first: number,
    @Ctx() { em }: RegsosekContext,
  ): Promise<EligibilityObjection[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_LIST)
      throw inputError(`first must be between 1 and ${MAX_LIST}`);
    return em.find(EligibilityObjection, { status }, { orderBy: { receivedAt: 'asc', id: 'asc' }, limit: first });
  }

  @Directive(sensitive('regsosek.eligibility'))
  @Mutation(() => EligibilityObjection, {
    description:
      'Reviews an open objection (officers of the social-affairs agency, purpose SOCIAL_ASSISTANCE): UPHELD ' +
      'keeps the automated decision, OVERTURNED reverses it; the reason (1-2,000 characters) is shown to the ' +
      'objector. An objection is reviewed once.',
  })
  reviewEligibilityObjection(
    @Arg('id', () => ID, { description: 'The objection.' }) id: string,
    @Arg('outcome', () => ObjectionOutcome, { description: 'The outcome of the review.' }) outcome: ObjectionOutcome,
    @Arg('reason', () => String, { description: 'Why, 1-2,000 characters.' }) reason: string,
    @Ctx() ctx: RegsosekContext,
  ): Promise<EligibilityObjection> {
    return reviewEligibilityObjection(ctx, id, outcome, reason);
  }

  @Directive(sensitive('regsosek.eligibility'))
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether it is still waiting for its review after its deadline.',
  })
  overdue(@Root() objection: EligibilityObjection): boolean {
    return isOverdue(objection, new Date());
  }

  @Directive(sensitive('regsosek.eligibility'))
  @FieldResolver(() => Citizen, { nullable: true, description: 'The person who objected.' })
  citizen(@Root() objection: EligibilityObjection): Citizen {
    return { nik: objection.nik };
  }
}
