import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import { transactionExecutor } from '../../hub/orm';
import { roles, type PolicyOptions } from '../../policy/shield';
import { ErrorCode } from '../../schema/errors';
import { spendQuestion } from './budget';
import type { InsightsContext } from './context';

/**
 * Every question a planner asks counts against their budget for the UTC day (budget.ts); past it, the question
 * is refused (RATE_LIMITED, HTTP 429 with Retry-After) and that refusal is its access event.
 */
const withinQuestionBudget = rule('insights:question-budget', { cache: 'no_cache' })(async (
  _parent,
  _args,
  context: InsightsContext,
) => {
  if (context.caller.role !== 'planner') return true;
  const spent = await spendQuestion(transactionExecutor(context.em), context.caller.subject);
  if (spent.kind === 'within') return true;
  const budget = spent.allowed.toLocaleString('en-US');
  const reason = `questionsPerDay: the budget of ${budget} questions today (UTC) is spent`;
  context.policy.record({
    nik: null,
    scope: 'insights.aggregate',
    field: 'Query.cohort',
    outcome: 'REFUSED',
    code: ErrorCode.RATE_LIMITED,
    reason,
  });
  return new GraphQLError(
    `Too many questions: the daily budget of ${spent.allowed} is spent; retry after ${spent.retryAfterSeconds} s`,
    {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        reason,
        limit: 'questionsPerDay',
        retryAfterSeconds: spent.retryAfterSeconds,
      },
    },
  );
});

/**
 * The insights subgraph's access map beyond its one scope (insights.aggregate, in the planner's ceiling
 * alone): each planner's question counts against their daily budget; stewards set the disclosure control and
 * the budgets; stewards and planners may read them.
 */
export const insightsPolicy: PolicyOptions = {
  fieldRules: {
    Query: {
      cohort: withinQuestionBudget,
      disclosureControl: roles('steward', 'planner'),
      questionBudget: roles('steward', 'planner'),
    },
    Mutation: { setDisclosureControl: roles('steward'), setQuestionBudget: roles('steward') },
  },
};
