type Execute = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** The questions a planner may ask per UTC day when the steward set no budget of their own. */
export const DEFAULT_QUESTIONS_PER_DAY = 1_000;

export type Spending =
  | { readonly kind: 'within'; readonly asked: number; readonly allowed: number }
  | { readonly kind: 'over'; readonly allowed: number; readonly retryAfterSeconds: number };

/** The UTC day of `now`, as a date, and the seconds until it turns. */
function dayOf(now: Date): { day: string; secondsLeft: number } {
  const day = now.toISOString().slice(0, 10);
  const next = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  return { day, secondsLeft: Math.max(1, Math.ceil((next - now.getTime()) / 1000)) };
}

/** The planner's budget in force: the steward's newest version, else the default. */
export async function questionsAllowed(execute: Execute, planner: string): Promise<number> {
  const [row] = await execute(
    'select questions_per_day from insights.question_budget where planner = ? order by version desc limit 1',
    [planner],
  );
  return row ? Number(row.questions_per_day) : DEFAULT_QUESTIONS_PER_DAY;
}

/** How many questions the planner asked today (UTC). */
export async function questionsAsked(execute: Execute, planner: string, now = new Date()): Promise<number> {
  const [row] = await execute('select questions from insights.question_tally where planner = ? and day = ?', [
    planner,
    dayOf(now).day,
  ]);
  return row ? Number(row.questions) : 0;
}

/**
 * Counts one question against the planner's budget for the UTC day, or refuses it when the budget is spent.
 * One statement reads the budget, decides and counts, so planners asking in parallel, through any number of
 * processes, never get past their budget.
 */
export async function spendQuestion(execute: Execute, planner: string, now = new Date()): Promise<Spending> {
  const { day, secondsLeft } = dayOf(now);
  const [row] = await execute(
    `with allowed as (
       select coalesce((select questions_per_day from insights.question_budget where planner = ?
                         order by version desc limit 1), ?) as n)
     insert into insights.question_tally as t (planner, day, questions)
     select ?, ?, 1 from allowed where n > 0
     on conflict (planner, day) do update set questions = t.questions + 1 where t.questions < (select n from allowed)
     returning questions, (select n from allowed) as allowed`,
    [planner, DEFAULT_QUESTIONS_PER_DAY, planner, day],
  );
  if (row) return { kind: 'within', asked: Number(row.questions), allowed: Number(row.allowed) };
  return { kind: 'over', allowed: await questionsAllowed(execute, planner), retryAfterSeconds: secondsLeft };
}
