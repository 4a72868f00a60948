import { Ctx, FieldResolver, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { TaxContext } from '../context';
import { Citizen } from '../entities/citizen.type';
import { Taxpayer } from '../entities/taxpayer.entity';

@Resolver(() => Citizen)
export class CitizenResolver {
  @Directive(sensitive('tax.profile'))
  @FieldResolver(() => Taxpayer, { nullable: true, description: 'Tax registration; null when the person has no NPWP.' })
  taxProfile(@Root() citizen: Citizen, @Ctx() { loaders }: TaxContext): Promise<Taxpayer | null> {
    return loaders.taxpayerByNik.load(citizen.nik);
  }
}
