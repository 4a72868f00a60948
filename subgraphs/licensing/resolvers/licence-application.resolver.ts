import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { MAX_NOTE_LENGTH, requirementScope, reviewApplication, submitApplication } from '../applications';
import { release } from '../../../policy/release';
import type { LicensingContext } from '../context';
import { ApplicationEvent } from '../entities/application-event.entity';
import { Citizen } from '../entities/citizen.type';
import { LicenceApplication } from '../entities/licence-application.entity';
import { LicenceType, ReviewDecision } from '../entities/licensing.enums';
import { PracticeLocationInput } from '../entities/practice-location-input.type';

@Resolver(() => LicenceApplication)
export class LicenceApplicationResolver {
  @Directive(sensitive('licensing.application'))
  @Mutation(() => LicenceApplication, {
    description:
      'Applies for a licence with only the NIK and the practice location; everything else comes from the graph.',
  })
  applyForLicence(
    @Arg('nik', () => NIKScalar, { description: "The applicant's NIK." }) nik: string,
    @Arg('type', () => LicenceType, { description: 'The licence applied for.' }) type: LicenceType,
    @Arg('practiceLocation', () => PracticeLocationInput, { description: 'Where the applicant will practise.' })
    practiceLocation: PracticeLocationInput,
    @Ctx() ctx: LicensingContext,
  ): Promise<LicenceApplication> {
    return submitApplication(ctx, nik, type, practiceLocation);
  }

  @Directive(sensitive('licensing.application'))
  @Mutation(() => LicenceApplication, {
    description: 'Verifies, approves or rejects an application (approval issues the SIP).',
  })
  reviewLicenceApplication(
    @Arg('id', () => ID, { description: 'The application to review.' }) id: string,
    @Arg('decision', () => ReviewDecision, { description: 'Verify, approve or reject.' }) decision: ReviewDecision,
    @Arg('note', () => String, {
      nullable: true,
      description: `Why, in at most ${MAX_NOTE_LENGTH} characters; required to reject.`,
    })
    note: string | undefined,
    @Ctx() ctx: LicensingContext,
  ): Promise<LicenceApplication> {
    return reviewApplication(ctx, id, decision, note ?? undefined);
  }

  @Directive(sensitive('licensing.application'))
  @Query(() => LicenceApplication, {
    nullable: true,
    description: 'One licence application by id; null when there is none.',
  })
  async licenceApplication(
    @Arg('id', () => ID, { description: "The application's id." }) id: string,
    @Ctx() { em }: LicensingContext,
  ): Promise<LicenceApplication | null> {
    return /^[0-9a-f-]{36}$/.test(id) ? em.findOne(LicenceApplication, { id }) : null;
  }

  @Directive(sensitive('licensing.application'))
  @FieldResolver(() => [ApplicationEvent], {
    nullable: true,
    description: 'Every status the application has had, oldest first.',
  })
  history(@Root() application: LicenceApplication, @Ctx() { loaders }: LicensingContext): Promise<ApplicationEvent[]> {
    return loaders.historyByApplication.load(application.id);
  }

  @Directive(sensitive('licensing.application'))
  @FieldResolver(() => [String], {
    nullable: true,
    description:
      'Requirements not met at submission; an application with any cannot be approved. Each is shown only to a ' +
      'caller who may read what it is about, for the applicant: STR and SIPs licensing.professional, tax ' +
      'tax.compliance, JKN health.coverage.',
  })
  async unmetRequirements(@Root() application: LicenceApplication, @Ctx() ctx: LicensingContext): Promise<string[]> {
    const { caller } = ctx;
    const subject = {
      kind: 'person' as const,
      nik: application.nik,
      relation: caller.nik === application.nik ? ('self' as const) : ('other' as const),
    };
    const scopes = [...new Set(application.unmetRequirements.map(requirementScope))];
    // Decided and recorded per scope, for the applicant, like the live fields they copy.
    const refused = new Set<string>();
    for (const scope of scopes)
      if (await release(ctx, scope, [subject], 'LicenceApplication.unmetRequirements')) refused.add(scope);
    return application.unmetRequirements.filter((requirement) => !refused.has(requirementScope(requirement)));
  }

  @Directive(sensitive('licensing.application'))
  @FieldResolver(() => Citizen, { nullable: true, description: 'The applicant (population data through the graph).' })
  citizen(@Root() application: LicenceApplication): Citizen {
    return { nik: application.nik };
  }
}
