import { checkNik, type IdentityCheck } from './identity-number';

interface NpwpParts {
  /** `NIK` for a resident using the NIK as NPWP (PMK 112/2022), `LEGACY` for the 15-digit form. */
  form: 'NIK' | 'LEGACY';
  /** The number in its 16-digit form: the NIK, or `0` + the 15 legacy digits. */
  npwp16: string;
}

/** Luhn checksum over a string of digits (the last one being the check digit). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Checks an NPWP: a resident's NIK used as NPWP (16 digits, checked as a NIK), the legacy 15-digit form
 * `AA.BBB.BBB.C-DDD.EEE` whose ninth digit is a Luhn check over the first nine, or that legacy form prefixed
 * with `0` (16 digits, Luhn over the first ten). Dots and the dash of the printed form are accepted.
 */
export function checkNpwp(value: unknown, today: Date = new Date()): IdentityCheck<NpwpParts> {
  if (typeof value !== 'string') return { ok: false, reason: 'NPWP must be a string of 15 or 16 digits' };
  const digits = /^[0-9]{2}\.[0-9]{3}\.[0-9]{3}\.[0-9]-[0-9]{3}\.[0-9]{3}$/.test(value)
    ? value.replace(/[.-]/g, '')
    : value;
  if (!/^[0-9]+$/.test(digits)) return { ok: false, reason: 'NPWP must contain only the digits 0-9' };
  if (digits.length === 15) {
    return luhnValid(digits.slice(0, 9))
      ? { ok: true, parts: { form: 'LEGACY', npwp16: `0${digits}` } }
      : { ok: false, reason: 'NPWP check digit does not match' };
  }
  if (digits.length !== 16) return { ok: false, reason: 'NPWP must be 15 or 16 digits' };
  if (digits.startsWith('0')) {
    return luhnValid(digits.slice(0, 10))
      ? { ok: true, parts: { form: 'LEGACY', npwp16: digits } }
      : { ok: false, reason: 'NPWP check digit does not match' };
  }
  const nik = checkNik(digits, today);
  if (!nik.ok) return { ok: false, reason: `NPWP in NIK form is invalid: ${nik.reason.replace(/^NIK /, '')}` };
  return { ok: true, parts: { form: 'NIK', npwp16: digits } };
}
