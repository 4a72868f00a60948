import { Arg, Ctx, FieldResolver, Query, Resolver, Root, Directive } from 'type-graphql';
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
  householdByKk(@Arg('kk', () => KKScalar) kk: string, @Ctx() { loaders }: RegsosekContext): Promise<Household | null> {
    return loaders.householdByKk.load(kk);
  }

  @Directive(sensitive('regsosek.household'))
  @FieldResolver(() => [HouseholdMember], { nullable: true })
  members(@Root() household: Household, @Ctx() { loaders }: RegsosekContext): Promise<HouseholdMember[]> {
    return loaders.membersByHousehold.load(household.id);
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
