import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { ServicesContext } from '../context';
import { Citizen } from '../entities/citizen.type';
import { ServiceApplication } from '../entities/service-application.entity';

@Resolver(() => Citizen)
export class CitizenResolver {
  @Directive(sensitive('services.application'))
  @FieldResolver(() => [ServiceApplication], {
    nullable: true,
    description: 'Applications for MPP services, newest first (an MPP desk following up a citizen).',
  })
  serviceApplications(@Root() citizen: Citizen, @Ctx() { loaders }: ServicesContext): Promise<ServiceApplication[]> {
    return loaders.applicationsByNik.load(citizen.nik);
  }
}
