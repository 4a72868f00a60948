import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PopulationContext } from '../context';
import { Address } from '../entities/address.type';
import { Village } from '../entities/village.entity';

@Resolver(() => Address)
export class AddressResolver {
  @FieldResolver(() => Village, { nullable: true })
  village(@Root() address: Address, @Ctx() { loaders }: PopulationContext): Promise<Village | null> {
    return loaders.village.load(address.villageCode);
  }
}
