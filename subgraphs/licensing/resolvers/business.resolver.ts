import { Ctx, FieldResolver, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { LicensingContext } from '../context';
import { Business } from '../entities/business.entity';
import { BusinessActivity } from '../entities/business-activity.entity';

@Resolver(() => Business)
export class BusinessResolver {
  @Directive(sensitive('licensing.business'))
  @FieldResolver(() => [BusinessActivity], { nullable: true, description: 'KBLI activities with their risk levels.' })
  activities(@Root() business: Business, @Ctx() { loaders }: LicensingContext): Promise<BusinessActivity[]> {
    return loaders.activitiesByNib.load(business.nib);
  }
}
