import { checkNpwp, luhnValid } from '../../schema/scalars/npwp';

const TODAY = new Date('2026-11-24T00:00:00Z');

describe('checkNpwp', () => {
  it("accepts a resident's NIK as NPWP", () => {
    expect(checkNpwp('3204126508900001', TODAY)).toEqual({
      ok: true,
      parts: { form: 'NIK', npwp16: '3204126508900001' },
    });
  });

  it('accepts the legacy 15-digit form, printed or bare, when its ninth digit is the Luhn check', () => {
    // 01.234.567.4-xxx.000: Luhn over 012345674 holds.
    expect(luhnValid('012345674')).toBe(true);
    expect(checkNpwp('01.234.567.4-001.000', TODAY)).toEqual({
      ok: true,
      parts: { form: 'LEGACY', npwp16: '0012345674001000' },
    });
    expect(checkNpwp('012345674001000', TODAY)).toMatchObject({ ok: true });
    expect(checkNpwp('0012345674001000', TODAY)).toMatchObject({ ok: true, parts: { form: 'LEGACY' } });
  });

  it.each([
    ['a wrong check digit', '012345675001000', 'NPWP check digit does not match'],
    ['a wrong check digit in the 16-digit legacy form', '0012345675001000', 'NPWP check digit does not match'],
    ['14 digits', '01234567400100', 'NPWP must be 15 or 16 digits'],
    ['letters', '01234567A001000', 'NPWP must contain only the digits 0-9'],
    [
      'a NIK with day 32',
      '3204123208900001',
      'NPWP in NIK form is invalid: birth date is invalid: day is not a day of the month',
    ],
  ])('refuses %s', (_case, value, reason) => {
    expect(checkNpwp(value, TODAY)).toEqual({ ok: false, reason });
  });
});
