import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PopulationContext } from '../context';
import { Address } from '../entities/address.type';
import { Village } from '../entities/village.entity';

@Resolver(() => Address)
export class AddressResolver {
  @FieldResolver(() => Village, {
    nullable: true,
    description: 'The Kemendagri village (kelurahan or desa), with its district, regency and province.',
  })
  village(@Root() address: Address, @Ctx() { loaders }: PopulationContext): Promise<Village | null> {
    return loaders.village.load(address.villageCode);
  }
}
