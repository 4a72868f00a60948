import { Ctx, FieldResolver, Int, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { RegsosekContext } from '../context';
import { servedEligibility } from '../eligibility';
import { Citizen } from '../entities/citizen.type';
import { Eligibility } from '../entities/eligibility.type';
import { Household } from '../entities/household.entity';

/** DTSEN fields on the Citizen: null when the person is in no surveyed household. */
@Resolver(() => Citizen)
export class CitizenResolver {
  @Directive(sensitive('regsosek.household'))
  @FieldResolver(() => Household, { nullable: true, description: 'The DTSEN household this person belongs to.' })
  async household(@Root() citizen: Citizen, @Ctx() { loaders }: RegsosekContext): Promise<Household | null> {
    return (await loaders.memberByNik.load(citizen.nik))?.household ?? null;
  }

  @Directive(sensitive('regsosek.household'))
  @FieldResolver(() => Int, {
    nullable: true,
    description: "Welfare decile (1 = poorest tenth) of the person's household.",
  })
  async welfareDecile(@Root() citizen: Citizen, @Ctx() { loaders }: RegsosekContext): Promise<number | null> {
    return (await loaders.memberByNik.load(citizen.nik))?.household.welfareDecile ?? null;
  }

  @Directive(sensitive('regsosek.eligibility'))
  @FieldResolver(() => Eligibility, {
    nullable: true,
    description:
      "Programme eligibility of the person's household, as it stands for this person: decided by the rules, " +
      'CONTESTED (not final) while their objection waits for review, or as an officer reviewed it.',
  })
  async eligibility(@Root() citizen: Citizen, @Ctx() { loaders }: RegsosekContext): Promise<Eligibility | null> {
    const member = await loaders.memberByNik.load(citizen.nik);
    if (!member) return null;
    const [members, rules, objections] = await Promise.all([
      loaders.membersByHousehold.load(member.household.id),
      loaders.rules(),
      loaders.latestObjections.load(citizen.nik),
    ]);
    return servedEligibility(
      member.household.welfareDecile,
      members.map((m) => m.employmentSector),
      rules,
      objections,
    );
  }
}
