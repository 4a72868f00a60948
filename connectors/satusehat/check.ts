import { checkNik } from '../../schema/scalars/identity-number';
import { isObject, isRealDate, type Fields } from '../core/values';

/**
 * Small checks for reading FHIR JSON that is `unknown` until proven otherwise. A failed check throws
 * `Invalid`, which the mapper turns into the record's quarantine reason: a resource reads top to bottom
 * instead of as a ladder of early returns. Reasons name the element and the check, never a value.
 */
export class Invalid extends Error {}

export function fail(reason: string): never {
  throw new Invalid(reason);
}

export type Json = Fields;
export { isObject };

/** A non-empty string, or undefined. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** The objects of a FHIR list (an absent list is empty); anything else fails with `reason`. */
export function objects(value: unknown, reason: string): Json[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isObject)) fail(reason);
  return value;
}

const INSTANT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$/;

/** A full FHIR date (YYYY-MM-DD) naming a day that exists: the hub's date columns take no partial dates. */
export const isDate = isRealDate;

/** A FHIR instant: date, time to the second and a zone. */
export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && INSTANT.test(value) && isDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));

/** A FHIR Period as the hub stores one: start required, end optional (unless `endRequired`), not before start. */
export function period(value: unknown, where: string, endRequired: true): { start: string; end: string };
export function period(value: unknown, where: string, endRequired?: false): { start: string; end: string | null };
export function period(value: unknown, where: string, endRequired = false): { start: string; end: string | null } {
  const found = isObject(value) ? value : {};
  if (!isDate(found.start)) fail(`${where} period.start is not a full date`);
  if (found.end === undefined && !endRequired) return { start: found.start, end: null };
  if (!isDate(found.end)) fail(`${where} period.end is not a full date`);
  if (found.end < found.start) fail(`${where} period ends before it starts`);
  return { start: found.start, end: found.end };
}

/** The value of the identifier with this system in a FHIR identifier list, if any. */
export function identifierValue(identifiers: unknown, system: string, where: string): string | undefined {
  const found = objects(identifiers, `${where}.identifier is not a list of identifiers`).find(
    (identifier) => identifier.system === system,
  );
  if (!found) return undefined;
  return text(found.value) ?? fail(`${where} has an identifier without a value`);
}

/** A codeable concept's code in a code system, if it has one. */
export function codeIn(concept: unknown, system: string): string | undefined {
  if (!isObject(concept)) return undefined;
  const coding = Array.isArray(concept.coding)
    ? concept.coding.find((c) => isObject(c) && c.system === system)
    : undefined;
  return isObject(coding) ? text(coding.code) : undefined;
}

/** An extension of a FHIR element by URL, if present. */
export function extension(element: Json, url: string, where: string): Json | undefined {
  return objects(element.extension, `${where}.extension is not a list of extensions`).find((e) => e.url === url);
}

/** A NIK that passes the structural checks (checkNik's reasons name no value). */
export function nik(value: string): string {
  const checked = checkNik(value);
  if (!checked.ok) fail(checked.reason);
  return value;
}
