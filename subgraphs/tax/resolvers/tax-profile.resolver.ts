import { Arg, Ctx, FieldResolver, Query, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { NIKScalar, NPWPScalar } from '../../../schema/scalars/identity.scalars';
import { checkNpwp } from '../../../schema/scalars/npwp';
import { decideCompliance } from '../compliance';
import type { TaxContext } from '../context';
import { Filing } from '../entities/filing.entity';
import { TaxCompliance } from '../entities/tax-compliance.type';
import { TaxProfile } from '../entities/tax-profile.entity';

@Resolver(() => TaxProfile)
export class TaxProfileResolver {
  @Directive(sensitive('tax.profile'))
  @FieldResolver(() => [Filing], { nullable: true, description: 'Annual returns, newest tax year first.' })
  filings(@Root() taxpayer: TaxProfile, @Ctx() { loaders }: TaxContext): Promise<Filing[]> {
    return loaders.filingsByNpwp.load(taxpayer.npwp);
  }

  @Directive(sensitive('tax.profile'))
  @Query(() => TaxProfile, {
    nullable: true,
    description: 'A tax registration by NPWP, in any of its forms (NIK, 15 digits, printed, or 0 + 15).',
  })
  async taxProfileByNpwp(
    @Arg('npwp', () => NPWPScalar, { description: 'The NPWP, in any of its forms.' }) npwp: string,
    @Ctx() { em }: TaxContext,
  ): Promise<TaxProfile | null> {
    const check = checkNpwp(npwp);
    return check.ok
      ? em.findOne(TaxProfile, { npwp: check.parts.npwp16 }, { populate: ['taxOffice'], strategy: 'joined' })
      : null;
  }

  @Directive(sensitive('tax.compliance'))
  @Query(() => TaxCompliance, {
    nullable: true,
    description: 'Whether a person is a compliant taxpayer (KSWP), with the reasons when not; null when refused.',
  })
  async taxCompliance(
    @Arg('nik', () => NIKScalar, { description: 'The NIK of the person to confirm.' }) nik: string,
    @Ctx() { loaders }: TaxContext,
  ): Promise<TaxCompliance> {
    const taxpayer = await loaders.taxpayerByNik.load(nik);
    const filings = taxpayer ? await loaders.filingsByNpwp.load(taxpayer.npwp) : [];
    return decideCompliance(nik, taxpayer, filings, new Date());
  }
}
