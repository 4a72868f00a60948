import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { reviewApplication, submitApplication } from '../applications';
import type { LicensingContext } from '../context';
import { Application } from '../entities/application.entity';
import { ApplicationEvent } from '../entities/application-event.entity';
import { Citizen } from '../entities/citizen.type';
import { LicenceType, ReviewDecision } from '../entities/licensing.enums';
import { PracticeLocation } from '../entities/snapshots.type';

@Resolver(() => Application)
export class ApplicationResolver {
  @Directive(sensitive('licensing.application'))
  @Mutation(() => Application, { description: 'Applies for a licence with only the NIK and the practice location; everything else comes from the graph.' })
  applyForLicence(
    @Arg('nik', () => NIKScalar) nik: string,
    @Arg('type', () => LicenceType) type: LicenceType,
    @Arg('practiceLocation', () => PracticeLocation) practiceLocation: PracticeLocation,
    @Ctx() ctx: LicensingContext,
  ): Promise<Application> {
    return submitApplication(ctx, nik, type, practiceLocation);
  }

  @Directive(sensitive('licensing.application'))
  @Mutation(() => Application, { description: 'Verifies, approves or rejects an application (approval issues the SIP).' })
  reviewLicenceApplication(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: LicensingContext,
  ): Promise<Application> {
    return reviewApplication(ctx, id, decision, note ?? undefined);
  }

  @Directive(sensitive('licensing.application'))
  @Query(() => Application, { nullable: true })
  async licenceApplication(@Arg('id', () => ID) id: string, @Ctx() { em }: LicensingContext): Promise<Application | null> {
    return /^[0-9a-f-]{36}$/.test(id) ? em.findOne(Application, { id }) : null;
  }

  @Directive(sensitive('licensing.application'))
  @FieldResolver(() => [ApplicationEvent], { nullable: true, description: 'Every status the application has had, oldest first.' })
  history(@Root() application: Application, @Ctx() { loaders }: LicensingContext): Promise<ApplicationEvent[]> {
    return loaders.historyByApplication.load(application.id);
  }

  @Directive(sensitive('licensing.application'))
  @FieldResolver(() => Citizen, { nullable: true, description: 'The applicant (population data through the graph).' })
  citizen(@Root() application: Application): Citizen {
    return { nik: application.nik };
  }
}
