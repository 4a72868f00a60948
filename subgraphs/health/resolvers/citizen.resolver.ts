import { Ctx, FieldResolver, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { HealthContext } from '../context';
import { BpjsMembership } from '../entities/bpjs-membership.entity';
import { Citizen } from '../entities/citizen.type';

@Resolver(() => Citizen)
export class CitizenResolver {
  @Directive(sensitive('health.coverage'))
  @FieldResolver(() => BpjsMembership, {
    nullable: true,
    description: 'JKN membership; null when the person is not registered.',
  })
  bpjsMembership(@Root() citizen: Citizen, @Ctx() { loaders }: HealthContext): Promise<BpjsMembership | null> {
    return loaders.membershipByNik.load(citizen.nik);
  }

  @Directive(sensitive('health.identifier'))
  @FieldResolver(() => String, {
    nullable: true,
    description: 'SATUSEHAT IHS number (the FHIR Patient id, P + 11 digits).',
  })
  async ihsNumber(@Root() citizen: Citizen, @Ctx() { loaders }: HealthContext): Promise<string | null> {
    return (await loaders.patientByNik.load(citizen.nik))?.ihsNumber ?? null;
  }
}
