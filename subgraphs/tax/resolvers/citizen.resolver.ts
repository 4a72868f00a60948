import { Ctx, FieldResolver, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { TaxContext } from '../context';
import { Citizen } from '../entities/citizen.type';
import { TaxProfile } from '../entities/tax-profile.entity';

@Resolver(() => Citizen)
export class CitizenResolver {
  @Directive(sensitive('tax.profile'))
  @FieldResolver(() => TaxProfile, {
    nullable: true,
    description: 'Tax registration; null when the person has no NPWP.',
  })
  taxProfile(@Root() citizen: Citizen, @Ctx() { loaders }: TaxContext): Promise<TaxProfile | null> {
    return loaders.taxpayerByNik.load(citizen.nik);
  }
}
