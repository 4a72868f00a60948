import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { LicensingContext } from '../context';
import { Business } from '../entities/business.entity';
import { Licences } from '../entities/licences.type';
import { Sip } from '../entities/sip.entity';
import { Str } from '../entities/str.entity';

@Resolver(() => Licences)
export class LicencesResolver {
  @Directive(sensitive('licensing.professional'))
  @FieldResolver(() => Str, { nullable: true, description: 'The health-worker registration (STR), if any.' })
  str(@Root() licences: Licences, @Ctx() { loaders }: LicensingContext): Promise<Str | null> {
    return loaders.strByNik.load(licences.nik);
  }

  @Directive(sensitive('licensing.professional'))
  @FieldResolver(() => [Sip], { nullable: true, description: 'Licences to practise (SIP), one per practice location.' })
  sips(@Root() licences: Licences, @Ctx() { loaders }: LicensingContext): Promise<Sip[]> {
    return loaders.sipsByNik.load(licences.nik);
  }

  @Directive(sensitive('licensing.business'))
  @FieldResolver(() => [Business], { nullable: true, description: 'Business licences (NIB) the person owns.' })
  businesses(@Root() licences: Licences, @Ctx() { loaders }: LicensingContext): Promise<Business[]> {
    return loaders.businessesByNik.load(licences.nik);
  }
}
