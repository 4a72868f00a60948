import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import { transactionExecutor } from '../../hub/orm';
import type { DenyCode } from '../../policy/decide';
import { roles, type PolicyOptions } from '../../policy/shield';
import { ErrorCode } from '../../schema/errors';
import { spendQuestion } from './budget';
import type { CountedCohort } from './cohort';
import type { InsightsContext } from './context';
import { tooCloseToEarlier } from './differencing';
import type { CohortFilter } from './entities/cohort.types';
import { CohortUnit, type Dimension } from './entities/insights.enums';

/** A planner's question refused before it is answered: on the record as REFUSED, and the client's error. */
function refuse(context: InsightsContext, code: DenyCode, reason: string, error: GraphQLError): GraphQLError {
  context.policy.record({
    nik: null,
    scope: 'insights.aggregate',
    field: 'Query.cohort',
    outcome: 'REFUSED',
    code,
    reason,
  });
  return error;
}

/**
 * What a planner's question must pass before it is answered, in turn:
 * - their budget for the UTC day (budget.ts): past it, RATE_LIMITED (HTTP 429 with Retry-After);
 * - the differencing guard (differencing.ts): a cohort a few people away from one a planner was answered
 *   about in the last 30 days is FORBIDDEN, saying when (and which, when it was theirs).
 * Each refusal is the question's access event. A malformed question passes here and is refused by the resolver.
 */
const plannersQuestion = rule('insights:planners-question', { cache: 'no_cache' })(async (
  _parent,
  args: { filter: CohortFilter; groupBy: Dimension[]; unit?: CohortUnit },
  context: InsightsContext,
) => {
  if (context.caller.role !== 'planner') return true;
  const planner = context.caller.subject;
  const spent = await spendQuestion(transactionExecutor(context.em), planner);
  if (spent.kind === 'over') {
    const budget = spent.allowed.toLocaleString('en-US');
    const reason = `questionsPerDay: the budget of ${budget} questions today (UTC) is spent`;
    return refuse(
      context,
      ErrorCode.RATE_LIMITED,
      reason,
      new GraphQLError(
        `Too many questions: the daily budget of ${budget} is spent; retry after ${spent.retryAfterSeconds} s`,
        {
          extensions: {
            code: ErrorCode.RATE_LIMITED,
            reason,
            limit: 'questionsPerDay',
            retryAfterSeconds: spent.retryAfterSeconds,
          },
        },
      ),
    );
  }
  let counted: CountedCohort;
  try {
    counted = await context.loaders.count(args.filter, args.groupBy, args.unit ?? CohortUnit.PERSON);
  } catch {
    return true;
  }
  const { minCellSize } = await context.loaders.settings();
  const earlier = await context.em.transactional((em) =>
    tooCloseToEarlier(transactionExecutor(em), planner, counted, minCellSize),
  );
  if (!earlier) return true;
  const which = earlier.filter ? `one you asked (${JSON.stringify(earlier.filter)})` : 'one asked';
  const reason =
    `the cohort differs by fewer than ${minCellSize} people from ${which} at ${earlier.askedAt.toISOString()}: ` +
    'the two answers together would publish that difference';
  return refuse(
    context,
    ErrorCode.FORBIDDEN,
    reason,
    new GraphQLError(`Not allowed: ${reason}`, { extensions: { code: ErrorCode.FORBIDDEN, reason } }),
  );
});

/**
 * The insights subgraph's access map beyond its one scope (insights.aggregate, in the planner's ceiling
 * alone): each planner's question passes their daily budget and the differencing guard; stewards set the
 * disclosure control and the budgets; stewards and planners may read them.
 */
export const insightsPolicy: PolicyOptions = {
  fieldRules: {
    Query: {
      cohort: plannersQuestion,
      disclosureControl: roles('steward', 'planner'),
      questionBudget: roles('steward', 'planner'),
    },
    Mutation: { setDisclosureControl: roles('steward'), setQuestionBudget: roles('steward') },
  },
};
