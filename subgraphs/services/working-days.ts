// Working days (hari kerja) for service standards: Monday to Friday, less the national holidays and collective leave
// days of holidays.ts. Dates are calendar days in Asia/Jakarta, written `YYYY-MM-DD`; a date outside the table's
// years is refused, so that a year whose decree is missing fails loudly instead of being counted without holidays.
import { DAYS_OFF, HOLIDAY_YEARS } from './holidays';

const DAY_MS = 86_400_000;
const JAKARTA_OFFSET_MS = 7 * 3_600_000;
const MAX_DAYS = 365;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date; undefined when it is not a calendar day. */
function parseDay(date: unknown): number | undefined {
  if (typeof date !== 'string') return undefined;
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return ms / DAY_MS;
}

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const FIRST_DAY = Date.UTC(HOLIDAY_YEARS[0], 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(HOLIDAY_YEARS[HOLIDAY_YEARS.length - 1], 11, 31) / DAY_MS;
const COVERED = `${formatDay(FIRST_DAY)} to ${formatDay(LAST_DAY)}`;
const DAYS_OFF_SET: ReadonlySet<number> = new Set(DAYS_OFF.map((dayOff) => parseDay(dayOff.date) as number));

/** Days since 1970-01-01 of a date inside the table's years; a RangeError otherwise. */
function coveredDay(date: string, what: string): number {
  const day = parseDay(date);
  if (day === undefined) {
    throw new RangeError(`${what} ${JSON.stringify(date)} is not a calendar date written YYYY-MM-DD`);
  }
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new RangeError(`${what} ${date} is outside the years of the holiday table (${COVERED})`);
  }
  return day;
}

function working(day: number): boolean {
  // 1970-01-01 was a Thursday: (day + 4) % 7 is 0 on Sundays and 6 on Saturdays.
  const weekday = (day + 4) % 7;
  return weekday !== 0 && weekday !== 6 && !DAYS_OFF_SET.has(day);
}

/** True on Monday to Friday when the day is neither a national holiday nor a collective leave day. */
export function isWorkingDay(date: string): boolean {
  return working(coveredDay(date, 'date'));
}

/**
 * The due date of a service standard of `days` working days submitted on `start`: the day of submission does not
 * count, the first working day after it is day 1 (submitted Friday 2026-01-09, 1 working day: Monday 2026-01-12).
 * 0 days is `start` itself. A RangeError for a malformed date, a date or due date outside the table's years, or
 * `days` not an integer from 0 to 365.
 */
export function addWorkingDays(start: string, days: number): string {
  let day = coveredDay(start, 'start date');
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
    throw new RangeError(`days must be an integer from 0 to ${MAX_DAYS}, not ${String(days)}`);
  }
  for (let counted = 0; counted < days;) {
    day += 1;
    if (day > LAST_DAY) {
      throw new RangeError(
        `${days} working days from ${start} run past the end of the holiday table (${formatDay(LAST_DAY)})`,
      );
    }
    if (working(day)) counted += 1;
  }
  return formatDay(day);
}

/**
 * The working days after `from` up to and including `to`, counted as addWorkingDays counts them, so that
 * `workingDaysBetween(d, addWorkingDays(d, n))` is `n`; 0 when `to` is not after `from`. A RangeError for a
 * malformed date or one outside the table's years.
 */
export function workingDaysBetween(from: string, to: string): number {
  const first = coveredDay(from, 'from date');
  const last = coveredDay(to, 'to date');
  let count = 0;
  for (let day = first + 1; day <= last; day += 1) if (working(day)) count += 1;
  return count;
}

/** The calendar date in Asia/Jakarta (UTC+7 all year, no daylight saving) of an instant, `YYYY-MM-DD`. */
export function jakartaDate(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('jakartaDate needs a valid Date');
  return new Date(ms + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}
