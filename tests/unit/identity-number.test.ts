import { checkKk, checkNik } from '../../schema/scalars/identity-number';

const TODAY = new Date('2026-11-24T00:00:00Z');
// Synthetic: Kab. Bandung (32.04), kecamatan 12; born 25 Aug 1990; female (25 + 40 = 65); serial 0001.
const VALID_FEMALE = '3204126508900001';

describe('checkNik', () => {
  it('accepts a well-formed NIK and reads sex, birth date and first-registration district from it', () => {
    expect(checkNik(VALID_FEMALE, TODAY)).toEqual({
      ok: true,
      parts: { districtCode: '32.04.12', provinceCode: '32', sex: 'FEMALE', birthDate: '1990-08-25', serial: '0001' },
    });
    const male = checkNik('3174050101050123', TODAY);
    expect(male).toMatchObject({ ok: true, parts: { sex: 'MALE', birthDate: '2005-01-01' } });
  });

  it.each([
    ['15 digits', '320412650890001', 'NIK must be exactly 16 digits'],
    ['17 digits', '32041265089000011', 'NIK must be exactly 16 digits'],
    ['a letter', '32041265089000A1', 'NIK must contain only the digits 0-9'],
    ['non-ASCII digits', '３２04126508900001', 'NIK must contain only the digits 0-9'],
    ['an unknown province', '9904126508900001', 'NIK starts with an unknown province code'],
    ['day 32', '3204123208900001', 'NIK birth date is invalid: day is not a day of the month'],
    ['day 40 (neither sex)', '3204124008900001', 'NIK birth date is invalid: day is not a day of the month'],
    ['day 72 (32 for a woman)', '3204127208900001', 'NIK birth date is invalid: day is not a day of the month'],
    ['month 13', '3204121513900001', 'NIK birth date is invalid: month must be 01-12'],
    ['30 February', '3204123002900001', 'NIK birth date is invalid: day does not exist in that month'],
    ['serial 0000', '3204122508900000', 'NIK serial must not be 0000'],
  ])('refuses %s and names the failed check without echoing the value', (_case, value, reason) => {
    const result = checkNik(value, TODAY);
    expect(result).toEqual({ ok: false, reason });
    expect(reason).not.toContain(value);
  });

  it('refuses values that are not strings', () => {
    expect(checkNik(3204126508900001, TODAY)).toEqual({ ok: false, reason: 'NIK must be a string of 16 digits' });
  });

  it('reads a two-digit year as the latest century that is not in the future', () => {
    expect(checkNik('3204122511260001', TODAY)).toMatchObject({ ok: true, parts: { birthDate: '1926-11-25' } });
    expect(checkNik('3204122411260001', TODAY)).toMatchObject({ ok: true, parts: { birthDate: '2026-11-24' } });
  });

  it('knows 29 February of leap years only, the year 2000 among them', () => {
    expect(checkNik('3204122902240001', TODAY)).toMatchObject({ ok: true, parts: { birthDate: '2024-02-29' } });
    expect(checkNik('3204122902000001', TODAY)).toMatchObject({ ok: true, parts: { birthDate: '2000-02-29' } });
    expect(checkNik('3204122902230001', TODAY)).toEqual({
      ok: false,
      reason: 'NIK birth date is invalid: day does not exist in that month',
    });
  });

  it('reads every day, month and year as the calendar does', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const todayIso = TODAY.toISOString().slice(0, 10);
    /** The calendar's answer: the first century in which the date exists and is not after today. */
    const expected = (day: number, month: number, yy: number) => {
      for (const year of [2000 + yy, 1900 + yy]) {
        const date = new Date(Date.UTC(year, month - 1, day));
        const iso = date.toISOString().slice(0, 10);
        if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day && iso <= todayIso) return iso;
      }
      return undefined;
    };
    const wrong: string[] = [];
    for (let yy = 0; yy < 100; yy += 1)
      for (let month = 1; month <= 12; month += 1)
        for (let day = 1; day <= 31; day += 1) {
          const result = checkKk(`320412${pad(day)}${pad(month)}${pad(yy)}0001`, TODAY);
          const read = result.ok ? result.parts.recordedOn : undefined;
          if (read !== expected(day, month, yy)) wrong.push(`${pad(day)}${pad(month)}${pad(yy)}: ${read}`);
        }
    expect(wrong).toEqual([]);
  });
});

describe('checkKk', () => {
  it('accepts a KK number and reads where and when it was recorded', () => {
    expect(checkKk('3204121503150007', TODAY)).toEqual({
      ok: true,
      parts: { districtCode: '32.04.12', provinceCode: '32', recordedOn: '2015-03-15', serial: '0007' },
    });
  });

  it('does not apply the +40 day rule to a KK', () => {
    expect(checkKk('3204125503150007', TODAY)).toEqual({
      ok: false,
      reason: 'KK record date is invalid: day is not a day of the month',
    });
  });

  it('refuses serial 0000 and short values', () => {
    expect(checkKk('3204121503150000', TODAY)).toEqual({ ok: false, reason: 'KK serial must not be 0000' });
    expect(checkKk('32041215031500', TODAY)).toEqual({ ok: false, reason: 'KK must be exactly 16 digits' });
  });
});
