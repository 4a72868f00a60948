import { Arg, Ctx, Query, Resolver, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { HealthContext } from '../context';
import { BpjsMembership } from '../entities/bpjs-membership.entity';

@Resolver(() => BpjsMembership)
export class BpjsMembershipResolver {
  @Directive(sensitive('health.coverage'))
  @Query(() => BpjsMembership, {
    nullable: true,
    description: 'A JKN membership by card number, as a facility checks it at registration.',
  })
  async bpjsCard(
    @Arg('cardNumber', { description: 'The 13-digit JKN card number.' }) cardNumber: string,
    @Ctx() { em }: HealthContext,
  ): Promise<BpjsMembership | null> {
    if (!/^[0-9]{13}$/.test(cardNumber)) return null;
    return em.findOne(BpjsMembership, { cardNumber }, { populate: ['primaryCareFacility'], strategy: 'joined' });
  }
}
