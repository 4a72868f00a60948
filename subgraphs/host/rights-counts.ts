import type { RightsRequestCounts } from '../../schema/rights';
import { median } from './median';

/** One request as the counts need it. */
export interface RequestTiming {
  receivedAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
  outcome: string | null;
}

/** Counts a month's requests (received in it), as of `now`. */
export function countRequests(requests: readonly RequestTiming[], now: Date): RightsRequestCounts {
  const answered = requests.filter((r) => r.answeredAt !== null);
  const open = requests.filter((r) => r.answeredAt === null);
  const outcomes = new Map<string, number>();
  for (const r of answered) outcomes.set(r.outcome ?? 'ANSWERED', (outcomes.get(r.outcome ?? 'ANSWERED') ?? 0) + 1);
  const hours = median(answered.map((r) => (r.answeredAt!.getTime() - r.receivedAt.getTime()) / 3_600_000));
  return {
    received: requests.length,
    answered: answered.length,
    answeredInTime: answered.filter((r) => r.answeredAt! <= r.dueAt).length,
    open: open.length,
    overdue: open.filter((r) => r.dueAt < now).length,
    outcomes: [...outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([outcome, count]) => ({ outcome, count })),
    medianHoursToAnswer: hours === null ? null : Math.round(hours * 100) / 100,
  };
}
