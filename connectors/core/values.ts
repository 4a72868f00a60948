/** Checks of single values shared by the mappers (each mapper words its own quarantine reasons). */

export type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string with something in it. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const DATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$/;

/** YYYY-MM-DD naming a day that exists (no 30 February). */
export function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO 8601 date-time with a zone, on a real day. */
export const isDateTime = (value: unknown): value is string =>
  typeof value === 'string' &&
  DATE_TIME.test(value) &&
  isRealDate(value.slice(0, 10)) &&
  !Number.isNaN(Date.parse(value));
