import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { ConsentContext } from '../context';
import {
  answerCorrection,
  correctionQueue,
  correctionsOf,
  pendingCorrections,
  requestCorrection,
} from '../corrections';
import { Citizen } from '../entities/citizen.type';
import { correctionCitizen, CorrectionRequest, PendingCorrection } from '../entities/correction-request.type';
import { Me } from '../entities/me.type';

@Resolver(() => CorrectionRequest)
export class CorrectionResolver {
  @Directive(sensitive('consent.records'))
  @Mutation(() => CorrectionRequest, {
    description:
      'Asks the agency that holds a datum of your profile to correct it (UU PDP Pasal 6): the datum by its path as ' +
      'your copy of your data lists it, the right value, and what shows it. Citizens, for themselves.',
  })
  requestCorrection(
    @Arg('field', { description: 'The datum, e.g. "citizen.fullName" or "citizen.address.street".' }) field: string,
    @Arg('proposedValue', { description: 'The value you say is right (at most 500 characters).' })
    proposedValue: string,
    @Arg('evidence', { description: 'What shows it, e.g. the document you hold (at most 2,000 characters).' })
    evidence: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<CorrectionRequest> {
    return requestCorrection(ctx, ctx.caller.nik!, { field, proposedValue, evidence });
  }

  @Query(() => [CorrectionRequest], {
    description:
      "Corrections waiting for the officer's agency, oldest first: those of data its rule gives it on a legal " +
      "obligation or public task (a consent rule answers none). Each is on its person's access log.",
  })
  correctionQueue(
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many, 1 to 200.' }) first: number,
    @Ctx() ctx: ConsentContext,
  ): Promise<CorrectionRequest[]> {
    return correctionQueue(ctx, first);
  }

  @Mutation(() => CorrectionRequest, {
    description:
      "The agency's answer to a correction: accepted (it corrects its register; the value arrives through its " +
      'connector) or rejected, with the reason the citizen reads. Once.',
  })
  answerCorrection(
    @Arg('id', () => ID, { description: 'The correction.' }) id: string,
    @Arg('accept', { description: 'True to accept it, false to reject it.' }) accept: boolean,
    @Arg('reason', { description: 'What was changed, or why not (the citizen reads it).' }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<CorrectionRequest> {
    return answerCorrection(ctx, id, accept, reason);
  }

  @Directive(sensitive('population.identity'))
  @FieldResolver(() => Citizen, {
    nullable: true,
    description: 'The person whose datum it corrects, for a caller who may read their identity.',
  })
  citizen(@Root() correction: CorrectionRequest): Citizen {
    return correctionCitizen(correction);
  }
}

@Resolver(() => Me)
export class MeCorrectionsResolver {
  @Directive(sensitive('consent.records'))
  @FieldResolver(() => [CorrectionRequest], {
    nullable: true,
    description: 'The corrections you asked for, newest first, with the answers.',
  })
  corrections(@Root() me: Me, @Ctx() { em }: ConsentContext): Promise<CorrectionRequest[]> {
    return correctionsOf(em, me.nik);
  }
}

@Resolver(() => Citizen)
export class CitizenCorrectionsResolver {
  @Directive(sensitive('population.identity'))
  @FieldResolver(() => [PendingCorrection], {
    nullable: true,
    description:
      "Corrections the person asked for that wait for an answer: the datum's value is disputed meanwhile. Each is " +
      'shown to a caller who may read that datum.',
  })
  pendingCorrections(@Root() citizen: Citizen, @Ctx() ctx: ConsentContext): Promise<PendingCorrection[]> {
    return pendingCorrections(ctx, citizen.nik);
  }
}
