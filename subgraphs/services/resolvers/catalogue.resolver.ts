import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { inputError } from '../../../schema/errors';
import { isRegencyCode } from '../../../schema/scalars/regency-codes';
import { SERVICES } from '../catalogue';
import type { ServicesContext } from '../context';
import { ServiceOffering } from '../entities/catalogue.types';
import { Mpp } from '../entities/mpp.entity';
import { Offering } from '../entities/offering.entity';

@Resolver(() => ServiceOffering)
export class CatalogueResolver {
  @Query(() => [Mpp], {
    description: 'Every public service mall (MPP) on the hub, by regency code (anyone signed in).',
  })
  mpps(@Ctx() { em }: ServicesContext): Promise<Mpp[]> {
    return em.find(Mpp, {}, { orderBy: { regencyCode: 'asc', id: 'asc' } });
  }

  @Query(() => [ServiceOffering], {
    description:
      'The services the MPPs of a regency or city offer through the hub, by MPP and service (anyone signed in).',
  })
  async services(
    @Arg('regencyCode', () => String, { description: 'Kemendagri regency or city code PP.RR, e.g. 32.73.' })
    regencyCode: string,
    @Ctx() { em }: ServicesContext,
  ): Promise<ServiceOffering[]> {
    if (!/^[0-9]{2}\.[0-9]{2}$/.test(regencyCode)) throw inputError('regencyCode must be a Kemendagri code PP.RR');
    if (!isRegencyCode(regencyCode)) throw inputError('regencyCode names no regency or city of Indonesia');
    const mpps = await em.find(Mpp, { regencyCode }, { orderBy: { id: 'asc' } });
    if (mpps.length === 0) return [];
    const byId = new Map(mpps.map((mpp) => [mpp.id, mpp]));
    const offerings = await em.find(
      Offering,
      { mppId: { $in: [...byId.keys()] } },
      { orderBy: { mppId: 'asc', service: 'asc' } },
    );
    return offerings.map((offering) => {
      const definition = SERVICES[offering.service];
      return {
        service: offering.service,
        name: definition.name,
        agency: definition.agency,
        requirements: definition.requirements.map((r) => ({ requirement: r.requirement, scope: r.scope })),
        legalBasis: definition.legalBasis,
        legalReference: definition.legalReference,
        feeRupiah: offering.feeRupiah,
        standardDays: offering.standardDays,
        complaintDays: offering.complaintDays,
        mpp: byId.get(offering.mppId)!,
      };
    });
  }
}
