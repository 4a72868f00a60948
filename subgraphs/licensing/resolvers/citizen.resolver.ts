import { Ctx, FieldResolver, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { LicensingContext } from '../context';
import { Application } from '../entities/application.entity';
import { Citizen } from '../entities/citizen.type';
import { Licences } from '../entities/licences.type';

@Resolver(() => Citizen)
export class CitizenResolver {
  @Directive(sensitive('licensing.professional'))
  @FieldResolver(() => Licences, { nullable: true, description: 'STR, SIPs and business licences (NIB) the person holds.' })
  licences(@Root() citizen: Citizen): Licences {
    return { nik: citizen.nik };
  }

  @Directive(sensitive('licensing.application'))
  @FieldResolver(() => [Application], { nullable: true, description: 'Licence applications, newest first.' })
  applications(@Root() citizen: Citizen, @Ctx() { loaders }: LicensingContext): Promise<Application[]> {
    return loaders.applicationsByNik.load(citizen.nik);
  }
}
