import { Ctx, FieldResolver, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { LicensingContext } from '../context';
import { Citizen } from '../entities/citizen.type';
import { LicenceApplication } from '../entities/licence-application.entity';
import { Licences } from '../entities/licences.type';

@Resolver(() => Citizen)
export class CitizenResolver {
  @Directive(sensitive('licensing.professional'))
  @FieldResolver(() => Licences, {
    nullable: true,
    description: 'STR, SIPs and business licences (NIB) the person holds.',
  })
  licences(@Root() citizen: Citizen): Licences {
    return { nik: citizen.nik };
  }

  @Directive(sensitive('licensing.application'))
  @FieldResolver(() => [LicenceApplication], { nullable: true, description: 'Licence applications, newest first.' })
  applications(@Root() citizen: Citizen, @Ctx() { loaders }: LicensingContext): Promise<LicenceApplication[]> {
    return loaders.applicationsByNik.load(citizen.nik);
  }
}
