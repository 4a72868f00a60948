import type { IdentityCheck } from '../../schema/scalars/identity-number';

/**
 * Reading the fields of one CSV line by header name, each check named after the field it failed on. A check
 * that fails throws `BadField`, which the mapper turns into the record's quarantine reason; the reasons name
 * the field and the check, never the value (it may be personal data).
 */
export class BadField extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export type Row = Readonly<Record<string, string>>;

/** The trimmed field, or '' when empty. */
export const optional = (row: Row, name: string): string => (row[name] ?? '').trim();

function required(row: Row, name: string): string {
  const value = optional(row, name);
  if (value === '') throw new BadField(`${name} is missing`);
  return value;
}

/** One of a code list (a regsosek enum, i.e. the migration's check constraint). */
export function oneOf(row: Row, name: string, codes: readonly string[]): string {
  const value = required(row, name);
  if (!codes.includes(value)) throw new BadField(`${name} must be one of ${codes.join(', ')}`);
  return value;
}

/** A whole number in [min, max], as text. */
export function wholeNumber(row: Row, name: string, min: number, max: number): string {
  const value = required(row, name);
  if (!/^[0-9]{1,10}$/.test(value) || Number(value) < min || Number(value) > max)
    throw new BadField(`${name} must be a whole number from ${min} to ${max}`);
  return String(Number(value));
}

export function matching(row: Row, name: string, pattern: RegExp, what: string): string {
  const value = required(row, name);
  if (!pattern.test(value)) throw new BadField(`${name} must be ${what}`);
  return value;
}

/** A NIK or KK through its checker (schema/scalars): the checker's reasons already name the identifier. */
export function identity(row: Row, name: string, check: (value: unknown) => IdentityCheck<unknown>): string {
  const value = required(row, name);
  const result = check(value);
  if (!result.ok) throw new BadField(result.reason);
  return value;
}

/** A calendar date `YYYY-MM-DD` that exists and is not after today. */
export function pastDate(row: Row, name: string): string {
  const value = required(row, name);
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new BadField(`${name} must be a date YYYY-MM-DD`);
  if (value > new Date().toISOString().slice(0, 10)) throw new BadField(`${name} must not be in the future`);
  return value;
}
