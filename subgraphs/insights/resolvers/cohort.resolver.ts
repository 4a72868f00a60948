import { Arg, Ctx, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import { transactionExecutor } from '../../../hub/orm';
import { inputError } from '../../../schema/errors';
import { sensitive } from '../../../schema/scopes';
import { countCohort, publishCohort } from '../cohort';
import type { InsightsContext } from '../context';
import { Cohort, CohortFilter, DisclosureControl } from '../entities/cohort.types';
import { DisclosureSetting } from '../entities/disclosure-setting.entity';
import { CohortUnit, Dimension } from '../entities/insights.enums';
import { Refresh } from '../entities/refresh.entity';

@Resolver()
export class CohortResolver {
  @Directive(sensitive('insights.aggregate'))
  @Query(() => Cohort, {
    nullable: true,
    description:
      'Counts of a cross-sector cohort by fixed dimensions, under disclosure control (planners, purpose STATISTICS).',
  })
  async cohort(
    @Arg('filter', () => CohortFilter) filter: CohortFilter,
    @Arg('groupBy', () => [Dimension]) groupBy: Dimension[],
    @Arg('unit', () => CohortUnit, { defaultValue: CohortUnit.PERSON }) unit: CohortUnit,
    @Ctx() { em, loaders }: InsightsContext,
  ): Promise<Cohort> {
    // The three reads are independent: side by side, the answer costs the aggregate and little more.
    const [[latest], settings, counted] = await Promise.all([
      em.find(Refresh, {}, { orderBy: { id: 'desc' }, limit: 1 }),
      currentSettings(em),
      countCohort(transactionExecutor(em), filter, groupBy, unit),
    ]);
    if (!latest) throw inputError('the projection has not been built yet: it is built after every load');
    const answer = publishCohort(counted, loaders.key, settings);
    return Object.assign(new Cohort(), {
      asOf: latest.asOf,
      unit,
      groupBy,
      minCellSize: settings.minCellSize,
      maxPerturbation: settings.maxPerturbation,
      ...answer,
    });
  }

  @Query(() => DisclosureControl, { description: 'The disclosure control in force.' })
  disclosureControl(@Ctx() { em }: InsightsContext): Promise<DisclosureControl> {
    return currentSettings(em);
  }

  @Mutation(() => DisclosureControl, {
    description: 'Sets the disclosure control (stewards): a new version, with the reason.',
  })
  async setDisclosureControl(
    @Arg('minCellSize', () => Int) minCellSize: number,
    @Arg('maxPerturbation', () => Int) maxPerturbation: number,
    @Arg('reason', { description: 'Why, in 5 to 500 characters; kept with the version.' }) reason: string,
    @Ctx() ctx: InsightsContext,
  ): Promise<DisclosureControl> {
    if (minCellSize < 3 || minCellSize > 1000) throw inputError('minCellSize must be 3 to 1000');
    if (maxPerturbation < 0 || maxPerturbation > 10) throw inputError('maxPerturbation must be 0 to 10');
    if (reason.trim().length < 5 || reason.trim().length > 500)
      throw inputError('reason must say why, in 5 to 500 characters');
    // The new version and its event in the access log commit together, like every steward change.
    return ctx.em.transactional(async (em) => {
      const latest = await currentSettings(em);
      const next = em.create(DisclosureSetting, {
        version: latest.version + 1,
        minCellSize,
        maxPerturbation,
        changedBy: ctx.caller.subject,
        reason: reason.trim(),
      });
      await em.flush();
      await ctx.accessLog.appendWithin(transactionExecutor(em), [
        {
          at: next.changedAt,
          kind: 'DISCLOSURE_CHANGED',
          requestId: ctx.requestId,
          actorSubject: ctx.caller.subject,
          actorRole: ctx.caller.role,
          clientId: ctx.caller.client,
          purpose: ctx.caller.purpose,
          nik: null,
          decision: null,
          basis: null,
          consentIds: [],
          ruleVersion: next.version,
          scopes: [],
          refusedScopes: [],
          fields: [],
          reason: next.reason,
          detail: { minCellSize, maxPerturbation },
        },
      ]);
      return next;
    });
  }
}

async function currentSettings(em: InsightsContext['em']): Promise<DisclosureSetting> {
  const [latest] = await em.find(DisclosureSetting, {}, { orderBy: { version: 'desc' }, limit: 1 });
  return latest;
}
