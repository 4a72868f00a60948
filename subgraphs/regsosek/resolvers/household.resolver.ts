import { Arg, Ctx, FieldResolver, Query, Resolver, Root, Directive } from 'type-graphql';
import { releaseEach } from '../../../policy/release';
import { sensitive } from '../../../schema/scopes';
import { KKScalar } from '../../../schema/scalars/identity.scalars';
import type { RegsosekContext } from '../context';
import { Citizen } from '../entities/citizen.type';
import { Household } from '../entities/household.entity';
import { HouseholdMember } from '../entities/household-member.entity';

@Resolver(() => Household)
export class HouseholdResolver {
  @Directive(sensitive('regsosek.household'))
  @Query(() => Household, { nullable: true, description: 'The DTSEN household registered from a family card.' })
  householdByKk(
    @Arg('kk', () => KKScalar, { description: 'The family card number (KK) the household was registered from.' })
    kk: string,
    @Ctx() { loaders }: RegsosekContext,
  ): Promise<Household | null> {
    return loaders.householdByKk.load(kk);
  }

  @Directive(sensitive('regsosek.household'))
  @FieldResolver(() => [HouseholdMember], {
    nullable: true,
    description:
      'The members the caller may read, each decided for that person at the time of the read (a citizen: ' +
      "themselves; an officer: by the rule, and each member's consent under a consent rule) and on their access log.",
  })
  async members(@Root() household: Household, @Ctx() ctx: RegsosekContext): Promise<HouseholdMember[]> {
    const members = await ctx.loaders.membersByHousehold.load(household.id);
    return releaseEach(ctx, 'regsosek.household', members, 'Household.members');
  }
}

@Resolver(() => HouseholdMember)
export class HouseholdMemberResolver {
  @Directive(sensitive('regsosek.household'))
  @FieldResolver(() => Citizen, {
    nullable: true,
    description: 'The person, whose identity the population subgraph provides.',
  })
  citizen(@Root() member: HouseholdMember): Citizen {
    return { nik: member.nik };
  }
}
