import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import { transactionExecutor } from '../../../hub/orm';
import { ErrorCode, conflictError, inputError } from '../../../schema/errors';
import { sensitive } from '../../../schema/scopes';
import { DEFAULT_QUESTIONS_PER_DAY, questionsAsked } from '../budget';
import { publishCohort } from '../cohort';
import { currentSettings } from '../settings';
import type { InsightsContext } from '../context';
import { Cohort, CohortFilter, DisclosureControl, QuestionBudget } from '../entities/cohort.types';
import { DisclosureSetting } from '../entities/disclosure-setting.entity';
import { QuestionBudgetVersion } from '../entities/question-budget.entity';
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
    @Arg('filter', () => CohortFilter, { description: 'Who is in the cohort.' }) filter: CohortFilter,
    @Arg('groupBy', () => [Dimension], { description: 'The dimensions to group by: at most 3, none twice.' })
    groupBy: Dimension[],
    @Arg('unit', () => CohortUnit, { defaultValue: CohortUnit.PERSON, description: 'Count people or households.' })
    unit: CohortUnit,
    @Ctx() { em, loaders }: InsightsContext,
  ): Promise<Cohort> {
    // The three reads are independent: side by side, the answer costs the aggregate and little more.
    const [[latest], settings, counted] = await Promise.all([
      em.find(Refresh, {}, { orderBy: { id: 'desc' }, limit: 1 }),
      loaders.settings(),
      loaders.count(filter, groupBy, unit),
    ]);
    if (!latest) throw inputError('the projection has not been built yet: it is built after every load');
    const answer = publishCohort(counted, settings);
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
    @Arg('minCellSize', () => Int, { description: 'Smallest count to publish, 3 to 1000.' }) minCellSize: number,
    @Arg('maxPerturbation', () => Int, { description: 'Largest perturbation of a count, 0 to 10.' })
    maxPerturbation: number,
    @Arg('reason', { description: 'Why, in 5 to 500 characters; kept with the version.' }) reason: string,
    @Ctx() ctx: InsightsContext,
  ): Promise<DisclosureControl> {
    if (minCellSize < 3 || minCellSize > 1000) throw inputError('minCellSize must be 3 to 1000');
    if (maxPerturbation < 0 || maxPerturbation > 10) throw inputError('maxPerturbation must be 0 to 10');
    checkReason(reason);
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
      await disclosureChanged(ctx, em, next, { minCellSize, maxPerturbation });
      return next;
    });
  }

  @Query(() => QuestionBudget, {
    description: "A planner's daily question budget (stewards: any planner; planners: their own, planner omitted).",
  })
  async questionBudget(
    @Arg('planner', () => String, {
      nullable: true,
      description: 'The planner (stewards); planners leave it out for their own.',
    })
    planner: string | null,
    @Ctx() { em, caller }: InsightsContext,
  ): Promise<QuestionBudget> {
    const who = planner ?? caller.subject;
    if (caller.role === 'planner' && who !== caller.subject)
      throw new GraphQLError('Not allowed: a planner sees their own question budget only', {
        extensions: { code: ErrorCode.FORBIDDEN, reason: 'a planner sees their own question budget only' },
      });
    return budgetOf(em, who);
  }

  @Mutation(() => QuestionBudget, {
    description: "Sets a planner's daily question budget (stewards): a new version, with the reason.",
  })
  async setQuestionBudget(
    @Arg('planner', { description: 'The planner, as their token names them.' }) planner: string,
    @Arg('questionsPerDay', () => Int, { description: '0 to 100,000 questions per UTC day.' }) questionsPerDay: number,
    @Arg('reason', { description: 'Why, in 5 to 500 characters; kept with the version.' }) reason: string,
    @Ctx() ctx: InsightsContext,
  ): Promise<QuestionBudget> {
    const who = planner.trim();
    if (who.length < 1 || who.length > 200) throw inputError('planner must name a planner, in 1 to 200 characters');
    if (questionsPerDay < 0 || questionsPerDay > 100_000) throw inputError('questionsPerDay must be 0 to 100,000');
    checkReason(reason);
    // Two stewards setting one planner's budget at once: one version wins, the other is told to look again.
    return ctx.em.transactional(async (em) => {
      const current = await budgetOf(em, who);
      const next = em.create(QuestionBudgetVersion, {
        planner: who,
        version: current.version + 1,
        questionsPerDay,
        changedBy: ctx.caller.subject,
        reason: reason.trim(),
      });
      await em.flush().catch((error: unknown) => {
        if (error instanceof UniqueConstraintViolationException)
          throw conflictError(`the budget of ${who} changed meanwhile: read it and set it again`);
        throw error;
      });
      await disclosureChanged(ctx, em, next, { planner: who, questionsPerDay });
      return {
        ...current,
        questionsPerDay,
        version: next.version,
        changedBy: next.changedBy,
        reason: next.reason,
        changedAt: next.changedAt,
      };
    });
  }
}

function checkReason(reason: string): void {
  if (reason.trim().length < 5 || reason.trim().length > 500)
    throw inputError('reason must say why, in 5 to 500 characters');
}

async function budgetOf(em: InsightsContext['em'], planner: string): Promise<QuestionBudget> {
  const [[latest], askedToday] = await Promise.all([
    em.find(QuestionBudgetVersion, { planner }, { orderBy: { version: 'desc' }, limit: 1 }),
    questionsAsked(transactionExecutor(em), planner),
  ]);
  return {
    planner,
    questionsPerDay: latest?.questionsPerDay ?? DEFAULT_QUESTIONS_PER_DAY,
    askedToday,
    version: latest?.version ?? 0,
    changedBy: latest?.changedBy ?? null,
    reason: latest?.reason ?? null,
    changedAt: latest?.changedAt ?? null,
  };
}

/** A steward's change to the disclosure control (settings or a budget) as its event, in the change's transaction. */
function disclosureChanged(
  ctx: InsightsContext,
  em: InsightsContext['em'],
  change: { changedAt: Date; version: number; reason: string },
  detail: Record<string, unknown>,
): Promise<void> {
  return ctx.accessLog.appendWithin(transactionExecutor(em), [
    {
      at: change.changedAt,
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
      ruleVersion: change.version,
      scopes: [],
      refusedScopes: [],
      fields: [],
      reason: change.reason,
      detail,
    },
  ]);
}
