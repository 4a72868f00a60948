import { cohortCondition, type CountedCohort } from './cohort';
import { KEY_SCALE } from './disclosure';

type Execute = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** An earlier cohort the new one is too close to: when, and (when the same planner asked it) which. */
export interface TooClose {
  readonly askedAt: Date;
  readonly filter: Record<string, unknown> | null;
}

/** How long answered cohorts are remembered: a pair of questions further apart is not compared. */
export const MEMORY_DAYS = 30;

/**
 * The differencing guard. Two cohorts that differ by a few people publish, between them, a table of those few
 * people: the cells that did not change hold the same people (the cell key makes them read the same), the one
 * that did holds the difference. So a cohort is refused when it differs from one any planner was answered about
 * in the last MEMORY_DAYS days by more than nobody and fewer than the minimum cell size, counted exactly on the
 * projection (people in either and not in the other): two planners, or one with two accounts, cannot split the
 * pair between them. Candidates are found by their exact size, kept with each answered cohort; the exact
 * difference is counted for those whose size is close. The same people asked again, however filtered, pass
 * (they read the same anyway). Questions are checked one at a time, so two asked at once cannot both pass.
 * Runs inside the caller's transaction.
 */
export async function tooCloseToEarlier(
  execute: Execute,
  planner: string,
  counted: CountedCohort,
  minCellSize: number,
  now = new Date(),
): Promise<TooClose | undefined> {
  const day = now.toISOString().slice(0, 10);
  const since = new Date(now.getTime() - MEMORY_DAYS * 86_400_000).toISOString().slice(0, 10);
  const people = counted.cells.reduce((sum, cell) => sum + cell.count, 0);
  const keySum = counted.cells.reduce((sum, cell) => sum + cell.keySum, 0) % KEY_SCALE;
  const filter = JSON.stringify(counted.filter);
  // The same people asked about the same way today already passed: every cohort since was compared with it.
  const [known] = await execute(
    `select 1 from insights.question_cohort where unit = ? and filter = ?::jsonb and people = ? and key_sum = ?
        and day = ? limit 1`,
    [counted.unit, filter, people, keySum, day],
  );
  if (known) return undefined;
  await execute('select pg_advisory_xact_lock(hashtext(?))', ['insights:question']);
  await execute('delete from insights.question_cohort where day < ?', [since]);
  const candidates = await execute(
    `select distinct on (filter) filter, planner, asked_at from insights.question_cohort
      where unit = ? and people > ? and people < ? and not (people = ? and key_sum = ?)
      order by filter, asked_at desc`,
    [counted.unit, people - minCellSize, people + minCellSize, people, keySum],
  );
  const current = cohortCondition(counted.filter, counted.unit);
  for (const candidate of candidates) {
    const asked = candidate.filter as Record<string, unknown>;
    const earlier = cohortCondition(asked, counted.unit);
    const [row] = await execute(
      `select count(*) filter (where (${earlier.sql}) is true and (${current.sql}) is not true)::int as gone,
              count(*) filter (where (${current.sql}) is true and (${earlier.sql}) is not true)::int as added
         from insights.person where (${earlier.sql}) or (${current.sql})`,
      [
        ...earlier.params,
        ...current.params,
        ...current.params,
        ...earlier.params,
        ...earlier.params,
        ...current.params,
      ],
    );
    const difference = Number(row.gone) + Number(row.added);
    if (difference > 0 && difference < minCellSize)
      return {
        askedAt: new Date(candidate.asked_at as string | Date),
        // Another planner's question is theirs: only its time is told.
        filter: candidate.planner === planner ? asked : null,
      };
  }
  await execute(
    `insert into insights.question_cohort (planner, day, unit, filter, people, key_sum) values (?, ?, ?, ?::jsonb, ?, ?)
     on conflict (planner, day, unit, filter) do update set people = excluded.people, key_sum = excluded.key_sum,
       asked_at = now()`,
    [planner, day, counted.unit, filter, people, keySum],
  );
  return undefined;
}
