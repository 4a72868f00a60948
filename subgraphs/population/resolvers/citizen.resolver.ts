import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root, Directive } from 'type-graphql';
import { asksFor } from '../../host/selection';
import { sensitive } from '../../../schema/scopes';
import { inputError } from '../../../schema/errors';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import type { PopulationContext } from '../context';
import { Address } from '../entities/address.type';
import { Citizen } from '../entities/citizen.entity';
import { Family } from '../entities/family.entity';

/** Bulk lookups are capped so one request cannot pull a region's worth of people. */
const MAX_CITIZENS_PER_QUERY = 100;

@Resolver(() => Citizen)
export class CitizenResolver {
  @Directive(sensitive('population.identity'))
  @Query(() => Citizen, { nullable: true, description: 'One citizen by NIK; null when no citizen has that NIK.' })
  citizen(
    @Arg('nik', () => NIKScalar, { description: "The citizen's NIK." }) nik: string,
    @Ctx() { loaders }: PopulationContext,
  ): Promise<Citizen | null> {
    return loaders.citizen.load(nik);
  }

  @Directive(sensitive('population.identity'))
  @Query(() => [Citizen], {
    nullable: 'itemsAndList',
    description:
      `Citizens by NIK, in the order asked, null where no citizen has that NIK (the list is null when ` +
      `refused). At most ${MAX_CITIZENS_PER_QUERY} NIKs.`,
  })
  citizens(
    @Arg('niks', () => [NIKScalar], { description: 'The NIKs to look up, at most 100.' }) niks: string[],
    @Ctx() { loaders }: PopulationContext,
  ): Promise<(Citizen | null)[]> {
    if (niks.length > MAX_CITIZENS_PER_QUERY) throw inputError(`at most ${MAX_CITIZENS_PER_QUERY} NIKs per query`);
    return Promise.all(niks.map((nik) => loaders.citizen.load(nik)));
  }

  @Directive(sensitive('population.address'))
  @FieldResolver(() => Address, { nullable: true, description: 'Residential address as registered by Dukcapil.' })
  address(@Root() citizen: Citizen): Address {
    return { street: citizen.street, rt: citizen.rt, rw: citizen.rw, villageCode: citizen.village.code };
  }

  @Directive(sensitive('population.family'))
  @FieldResolver(() => Family, { nullable: true, description: 'The family card this citizen is on.' })
  family(
    @Root() citizen: Citizen,
    @Ctx() { loaders }: PopulationContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Family | null> {
    // The card's members, when asked for, are read beside the card rather than after it (one round trip less).
    // Reading is not releasing: they are released by their own field, under the same scope as the card.
    if (asksFor(info, ['members', 'head'])) loaders.familyMembers.load(citizen.family.kk).catch(() => undefined);
    return loaders.family.load(citizen.family.kk);
  }
}
