import { Arg, Ctx, FieldResolver, Query, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { KKScalar } from '../../../schema/scalars/identity.scalars';
import type { PopulationContext } from '../context';
import { Citizen } from '../entities/citizen.entity';
import { Family } from '../entities/family.entity';
import { FamilyMember } from '../entities/family-member.type';
import { FamilyRelationship } from '../entities/population.enums';

@Resolver(() => Family)
export class FamilyResolver {
  @Directive(sensitive('population.family'))
  @Query(() => Family, { nullable: true, description: 'One family card by KK number; null when there is none.' })
  family(
    @Arg('kk', () => KKScalar, { description: 'The family card number (KK).' }) kk: string,
    @Ctx() { loaders }: PopulationContext,
  ): Promise<Family | null> {
    return loaders.family.load(kk);
  }

  @Directive(sensitive('population.family'))
  @FieldResolver(() => [FamilyMember], { nullable: true, description: 'Everyone on the card, oldest first.' })
  async members(@Root() family: Family, @Ctx() { loaders }: PopulationContext): Promise<FamilyMember[]> {
    const members = await loaders.familyMembers.load(family.kk);
    return members.map((citizen) => ({ relationship: citizen.familyRelationship, citizen }));
  }

  @Directive(sensitive('population.family'))
  @FieldResolver(() => Citizen, { nullable: true, description: 'The head of the family (kepala keluarga).' })
  async head(@Root() family: Family, @Ctx() { loaders }: PopulationContext): Promise<Citizen | null> {
    const members = await loaders.familyMembers.load(family.kk);
    return members.find((citizen) => citizen.familyRelationship === FamilyRelationship.HEAD) ?? null;
  }
}
