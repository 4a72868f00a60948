import { PROVINCE_CODES } from './province-codes';

/** The outcome of checking a NIK or KK: the parts on success, or the first check that failed. */
export type IdentityCheck<Parts> = { ok: true; parts: Parts } | { ok: false; reason: string };

interface NikParts {
  /** Kemendagri kecamatan code of the first registration, dotted: `PP.RR.SS`. */
  districtCode: string;
  provinceCode: string;
  sex: 'MALE' | 'FEMALE';
  /** ISO date; the century is inferred (the latest one that is not in the future). */
  birthDate: string;
  serial: string;
}

interface KkParts {
  districtCode: string;
  provinceCode: string;
  /** ISO date the family card was recorded. */
  recordedOn: string;
  serial: string;
}

const SIXTEEN_DIGITS = /^[0-9]{16}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(month: number, year: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Resolves DD, MM, YY to an ISO date that exists and is not after `today`. The century is not encoded, so
 * this century is tried first and the previous one when that would be in the future; with both tried, the
 * only dates refused are those that exist in neither (day 32, month 13, 30 February). Plain arithmetic, no
 * Date per value: every NIK in a request's variables passes here (a hundred in one lookup).
 */
function resolveDate(day: number, month: number, yy: number, today: Date): { iso: string } | { reason: string } {
  if (month < 1 || month > 12) return { reason: 'month must be 01-12' };
  if (day < 1 || day > 31) return { reason: 'day is not a day of the month' };
  const todayNumber = today.getUTCFullYear() * 10_000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  for (const century of [2000, 1900]) {
    const year = century + yy;
    if (day > daysIn(month, year)) continue;
    if (year * 10_000 + month * 100 + day > todayNumber) continue;
    return { iso: `${year}-${twoDigits(month)}-${twoDigits(day)}` };
  }
  return { reason: 'day does not exist in that month' };
}

function checkCommon(kind: 'NIK' | 'KK', value: unknown): { reason: string } | { digits: string } {
  if (typeof value !== 'string') return { reason: `${kind} must be a string of 16 digits` };
  if (value.length !== 16) return { reason: `${kind} must be exactly 16 digits` };
  if (!SIXTEEN_DIGITS.test(value)) return { reason: `${kind} must contain only the digits 0-9` };
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return { reason: `${kind} starts with an unknown province code` };
  return { digits: value };
}

function districtOf(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}`;
}

/**
 * Checks a NIK (`PP RR SS DDMMYY NNNN`) as DOMAIN.md describes. NIKs carry no checksum, so this is every
 * check that can be made offline: 16 ASCII digits, a known province, a real birth date that is not in the
 * future (women have 40 added to the day), and a serial other than 0000.
 * The reason never contains the value itself: it may be personal data.
 */
export function checkNik(value: unknown, today: Date = new Date()): IdentityCheck<NikParts> {
  const common = checkCommon('NIK', value);
  if ('reason' in common) return { ok: false, reason: common.reason };
  const digits = common.digits;
  const rawDay = Number(digits.slice(6, 8));
  const sex = rawDay > 40 ? 'FEMALE' : 'MALE';
  const date = resolveDate(
    rawDay % 40 === 0 ? 0 : rawDay > 40 ? rawDay - 40 : rawDay,
    Number(digits.slice(8, 10)),
    Number(digits.slice(10, 12)),
    today,
  );
  if ('reason' in date) return { ok: false, reason: `NIK birth date is invalid: ${date.reason}` };
  const serial = digits.slice(12);
  if (serial === '0000') return { ok: false, reason: 'NIK serial must not be 0000' };
  return {
    ok: true,
    parts: { districtCode: districtOf(digits), provinceCode: digits.slice(0, 2), sex, birthDate: date.iso, serial },
  };
}

/**
 * Checks a KK number: kecamatan code where issued, the date it was recorded (DDMMYY, no +40) and a serial.
 */
export function checkKk(value: unknown, today: Date = new Date()): IdentityCheck<KkParts> {
  const common = checkCommon('KK', value);
  if ('reason' in common) return { ok: false, reason: common.reason };
  const digits = common.digits;
  const date = resolveDate(
    Number(digits.slice(6, 8)),
    Number(digits.slice(8, 10)),
    Number(digits.slice(10, 12)),
    today,
  );
  if ('reason' in date) return { ok: false, reason: `KK record date is invalid: ${date.reason}` };
  const serial = digits.slice(12);
  if (serial === '0000') return { ok: false, reason: 'KK serial must not be 0000' };
  return {
    ok: true,
    parts: { districtCode: districtOf(digits), provinceCode: digits.slice(0, 2), recordedOn: date.iso, serial },
  };
}
