import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { ServicesContext } from '../context';
import { Me } from '../entities/me.type';
import { ServiceApplication } from '../entities/service-application.entity';

@Resolver(() => Me)
export class MeResolver {
  @Directive(sensitive('services.application'))
  @FieldResolver(() => [ServiceApplication], {
    nullable: true,
    description: "The citizen's applications for MPP services, newest first, with their status, history and due dates.",
  })
  applications(@Root() me: Me, @Ctx() { loaders }: ServicesContext): Promise<ServiceApplication[]> {
    return loaders.applicationsByNik.load(me.nik);
  }
}
