import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { sensitive } from '../../../schema/scopes';
import { recordAddressChange } from '../address-changes';
import type { PopulationContext } from '../context';
import { Citizen } from '../entities/citizen.entity';
import { RegisteredAddressInput } from '../entities/registered-address-input.type';

@Resolver(() => Citizen)
export class AddressChangeResolver {
  @Directive(sensitive('population.address'))
  @Mutation(() => Citizen, {
    nullable: true,
    description:
      "Records a citizen's move in the population register (Dukcapil officers, under a rule that is not " +
      'consent): the address, and a change on the change feed that tells every agency. Once per reference: ' +
      'the same reference again changes nothing.',
  })
  async recordAddressChange(
    @Arg('nik', () => NIKScalar, { description: "The citizen's NIK." }) nik: string,
    @Arg('newAddress', () => RegisteredAddressInput, { description: 'The address the citizen moved to.' })
    newAddress: RegisteredAddressInput,
    @Arg('reference', () => String, {
      description: 'What the change is recorded on, e.g. the change-of-address application; 8-100 characters.',
    })
    reference: string,
    @Ctx() ctx: PopulationContext,
  ): Promise<Citizen | null> {
    await recordAddressChange(ctx, nik, newAddress, reference);
    // Read after the change: the citizen as the register now holds them.
    return ctx.em.fork().findOne(Citizen, { nik }, { populate: ['village', 'family'] as never });
  }
}
