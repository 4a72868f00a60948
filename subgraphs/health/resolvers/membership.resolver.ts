import { Arg, Ctx, Query, Resolver, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { HealthContext } from '../context';
import { Membership } from '../entities/membership.entity';

@Resolver(() => Membership)
export class MembershipResolver {
  @Directive(sensitive('health.coverage'))
  @Query(() => Membership, { nullable: true, description: 'A JKN membership by card number, as a facility checks it at registration.' })
  async bpjsCard(@Arg('cardNumber') cardNumber: string, @Ctx() { em }: HealthContext): Promise<Membership | null> {
    if (!/^[0-9]{13}$/.test(cardNumber)) return null;
    return em.findOne(Membership, { cardNumber }, { populate: ['primaryCareFacility'], strategy: 'joined' });
  }
}
