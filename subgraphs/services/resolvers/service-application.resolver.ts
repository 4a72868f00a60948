import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { release } from '../../../policy/release';
import { inputError } from '../../../schema/errors';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { sensitive, type Scope } from '../../../schema/scopes';
import {
  decideServiceApplication,
  isOverdue,
  MAX_NOTE_LENGTH,
  OPEN_STATUSES,
  submitServiceApplication,
} from '../applications';
import { SERVICES } from '../catalogue';
import type { ServicesContext } from '../context';
import { PrefilledField, RequirementCheck } from '../entities/application-parts.type';
import { AddressChangeInput, NibApplicationInput, PracticeLocationInput } from '../entities/application-inputs.type';
import { Citizen } from '../entities/citizen.type';
import { Mpp } from '../entities/mpp.entity';
import { ServiceApplicationEvent } from '../entities/service-application-event.entity';
import { ServiceApplication } from '../entities/service-application.entity';
import { ServiceCode, ServiceDecision } from '../entities/services.enums';

const MPP_ID = { description: 'The MPP applied at (ServiceOffering.mpp.id).' };
const NIK = { description: "The applicant's NIK." };
/** The most applications a work queue lists at once. */
const MAX_QUEUE = 200;

/**
 * The parts of `items` the caller may read: each part copies the applicant's data of one scope, and is released
 * as that scope, for the applicant, like the live field it was read from (a copy is no way around the rules).
 */
async function releasedParts<T extends { scope: string }>(
  ctx: ServicesContext,
  application: ServiceApplication,
  items: readonly T[],
  field: string,
): Promise<T[]> {
  const subject = {
    kind: 'person' as const,
    nik: application.nik,
    relation: ctx.caller.nik === application.nik ? ('self' as const) : ('other' as const),
  };
  const refused = new Set<string>();
  for (const scope of new Set(items.map((item) => item.scope)))
    if (await release(ctx, scope as Scope, [subject], field)) refused.add(scope);
  return items.filter((item) => !refused.has(item.scope));
}

@Resolver(() => ServiceApplication)
export class ServiceApplicationResolver {
  @Directive(sensitive('services.application'))
  @Mutation(() => ServiceApplication, {
    description:
      'Applies for an NIB for a micro business with the NIK, the MPP, the business name and its KBLI: identity, ' +
      'address and tax registration come from the graph.',
  })
  applyForNib(
    @Arg('nik', () => NIKScalar, NIK) nik: string,
    @Arg('mppId', () => String, MPP_ID) mppId: string,
    @Arg('business', () => NibApplicationInput, { description: 'The business: name and KBLI.' })
    business: NibApplicationInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceApplication> {
    return submitServiceApplication(ctx, nik, mppId, { service: ServiceCode.NIB_UMK, business });
  }

  @Directive(sensitive('services.application'))
  @Mutation(() => ServiceApplication, {
    description:
      'Proposes a citizen for JKN premium assistance (PBI-JK) with the NIK and the MPP alone: the family card, ' +
      'DTSEN decile and JKN membership come from the graph.',
  })
  applyForPbiJk(
    @Arg('nik', () => NIKScalar, NIK) nik: string,
    @Arg('mppId', () => String, MPP_ID) mppId: string,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceApplication> {
    return submitServiceApplication(ctx, nik, mppId, { service: ServiceCode.PBI_JK });
  }

  @Directive(sensitive('services.application'))
  @Mutation(() => ServiceApplication, {
    description:
      'Applies for a change of address with the NIK, the MPP and the new address: identity, family card and ' +
      'the registered address come from the graph.',
  })
  applyForAddressChange(
    @Arg('nik', () => NIKScalar, NIK) nik: string,
    @Arg('mppId', () => String, MPP_ID) mppId: string,
    @Arg('newAddress', () => AddressChangeInput, { description: 'Where the applicant is moving to.' })
    newAddress: AddressChangeInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceApplication> {
    return submitServiceApplication(ctx, nik, mppId, { service: ServiceCode.ADDRESS_CHANGE, newAddress });
  }

  @Directive(sensitive('services.application'))
  @Mutation(() => ServiceApplication, {
    description:
      'Applies for a SIP with the NIK, the MPP and the practice location: licensing takes the STR, SIPs held, ' +
      'identity, tax and JKN status from the graph, and decides it as this application is decided.',
  })
  applyForSip(
    @Arg('nik', () => NIKScalar, NIK) nik: string,
    @Arg('mppId', () => String, MPP_ID) mppId: string,
    @Arg('practiceLocation', () => PracticeLocationInput, { description: 'Where the applicant will practise.' })
    practiceLocation: PracticeLocationInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceApplication> {
    return submitServiceApplication(ctx, nik, mppId, { service: ServiceCode.SIP, practiceLocation });
  }

  @Directive(sensitive('services.application'))
  @Mutation(() => ServiceApplication, {
    description: "Verifies, completes or rejects a service application (officers), on the applicant's record.",
  })
  decideServiceApplication(
    @Arg('id', () => ID, { description: 'The application.' }) id: string,
    @Arg('decision', () => ServiceDecision, { description: 'Verify, complete or reject.' }) decision: ServiceDecision,
    @Arg('note', () => String, {
      nullable: true,
      description: `Why, in at most ${MAX_NOTE_LENGTH} characters; required to reject.`,
    })
    note: string | undefined,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceApplication> {
    return decideServiceApplication(ctx, id, decision, note ?? undefined);
  }

  @Directive(sensitive('services.application'))
  @Query(() => ServiceApplication, { nullable: true, description: 'One service application by id; null when none.' })
  serviceApplication(
    @Arg('id', () => ID, { description: "The application's id." }) id: string,
    @Ctx() { em }: ServicesContext,
  ): Promise<ServiceApplication | null> | null {
    return /^[0-9a-f-]{36}$/.test(id) ? em.findOne(ServiceApplication, { id }) : null;
  }

  @Directive(sensitive('services.application'))
  @Query(() => [ServiceApplication], {
    nullable: true,
    description:
      "An MPP's work queue (officers): the applications still being decided, oldest first, each saying whether " +
      'it is overdue; optionally of one service.',
  })
  serviceQueue(
    @Arg('mppId', () => String, MPP_ID) mppId: string,
    @Arg('service', () => ServiceCode, { nullable: true, description: 'Only this service.' })
    service: ServiceCode | undefined,
    @Arg('first', () => Int, { defaultValue: 50, description: `Applications listed, 1 to ${MAX_QUEUE}.` })
    first: number,
    @Ctx() { em }: ServicesContext,
  ): Promise<ServiceApplication[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_QUEUE)
      throw inputError(`first must be between 1 and ${MAX_QUEUE}`);
    if (!/^[a-z0-9-]{1,40}$/.test(mppId)) throw inputError('mppId is not an MPP identifier');
    return em.find(
      ServiceApplication,
      { mppId, status: { $in: [...OPEN_STATUSES] }, ...(service ? { service } : {}) },
      { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: first },
    );
  }

  @FieldResolver(() => String, { description: "The service's name." })
  serviceName(@Root() application: ServiceApplication): string {
    return SERVICES[application.service].name;
  }

  @Directive(sensitive('services.application'))
  @FieldResolver(() => Mpp, { nullable: true, description: 'The MPP applied at.' })
  mpp(@Root() application: ServiceApplication, @Ctx() { loaders }: ServicesContext): Promise<Mpp | null> {
    return loaders.mppById.load(application.mppId);
  }

  @Directive(sensitive('services.application'))
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether it is still being decided after its due date.',
  })
  overdue(@Root() application: ServiceApplication): boolean {
    return isOverdue(application, new Date());
  }

  @Directive(sensitive('services.application'))
  @FieldResolver(() => [PrefilledField], {
    nullable: true,
    description:
      'What the applicant entered (a business name, a new address); each field shown only to a caller who may ' +
      'read its scope for the applicant.',
  })
  entered(@Root() application: ServiceApplication, @Ctx() ctx: ServicesContext): Promise<PrefilledField[]> {
    return releasedParts(ctx, application, application.entered, 'ServiceApplication.entered');
  }

  @Directive(sensitive('services.application'))
  @FieldResolver(() => [PrefilledField], {
    nullable: true,
    description:
      'What the graph filled in at submission; each field shown only to a caller who may read its scope for the ' +
      'applicant.',
  })
  prefilled(@Root() application: ServiceApplication, @Ctx() ctx: ServicesContext): Promise<PrefilledField[]> {
    return releasedParts(ctx, application, application.prefilled, 'ServiceApplication.prefilled');
  }

  @Directive(sensitive('services.application'))
  @FieldResolver(() => [RequirementCheck], {
    nullable: true,
    description:
      "The service's requirements as checked at submission; an application with an unmet one cannot be verified " +
      'or completed. Each shown only to a caller who may read its scope for the applicant.',
  })
  requirements(@Root() application: ServiceApplication, @Ctx() ctx: ServicesContext): Promise<RequirementCheck[]> {
    return releasedParts(ctx, application, application.requirements, 'ServiceApplication.requirements');
  }

  @Directive(sensitive('services.application'))
  @FieldResolver(() => [ServiceApplicationEvent], {
    nullable: true,
    description: 'Every status it has had, oldest first.',
  })
  history(
    @Root() application: ServiceApplication,
    @Ctx() { loaders }: ServicesContext,
  ): Promise<ServiceApplicationEvent[]> {
    return loaders.historyByApplication.load(application.id);
  }

  @Directive(sensitive('services.application'))
  @FieldResolver(() => Citizen, { nullable: true, description: 'The applicant (population data through the graph).' })
  citizen(@Root() application: ServiceApplication): Citizen {
    return { nik: application.nik };
  }
}
