import { DAYS_OFF, HOLIDAY_CALENDAR, HOLIDAY_YEARS } from '../../subgraphs/services/holidays';
import { addWorkingDays, isWorkingDay, jakartaDate, workingDaysBetween } from '../../subgraphs/services/working-days';

/** The ISO date `n` calendar days after `date`. */
function plusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

describe('isWorkingDay', () => {
  it('is true on an ordinary weekday and false on weekends, holidays and collective leave', () => {
    expect(isWorkingDay('2026-01-09')).toBe(true); // Friday
    expect(isWorkingDay('2026-01-10')).toBe(false); // Saturday
    expect(isWorkingDay('2026-01-11')).toBe(false); // Sunday
    expect(isWorkingDay('2026-01-16')).toBe(false); // Isra Mikraj, a Friday
    expect(isWorkingDay('2026-02-16')).toBe(false); // collective leave before Imlek, a Monday
    expect(isWorkingDay('2025-08-18')).toBe(false); // collective leave for the 80th Independence Day
  });

  it('closes the offices from Nyepi to the end of the Idulfitri 2026 leave, 18 to 24 March', () => {
    expect(isWorkingDay('2026-03-17')).toBe(true);
    for (let n = 0; n <= 6; n += 1) expect(isWorkingDay(plusDays('2026-03-18', n))).toBe(false);
    expect(isWorkingDay('2026-03-25')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('does not count the day of submission: Friday 2026-01-09 with 1 working day is due Monday 2026-01-12', () => {
    expect(addWorkingDays('2026-01-09', 1)).toBe('2026-01-12');
  });

  it('returns the start itself for 0 days, even on a day off', () => {
    expect(addWorkingDays('2026-01-09', 0)).toBe('2026-01-09');
    expect(addWorkingDays('2026-03-21', 0)).toBe('2026-03-21');
  });

  it('skips a weekend', () => {
    // Thursday 5 February 2026: Friday 6 is day 1, Monday 9 day 2, Tuesday 10 day 3.
    expect(addWorkingDays('2026-02-05', 3)).toBe('2026-02-10');
    // Submitted on a Saturday: Monday is day 1.
    expect(addWorkingDays('2026-01-10', 1)).toBe('2026-01-12');
  });

  it('skips the whole Nyepi and Idulfitri 2026 leave block', () => {
    expect(addWorkingDays('2026-03-17', 1)).toBe('2026-03-25');
    expect(addWorkingDays('2026-03-16', 3)).toBe('2026-03-26');
    // Five working days from the Friday before: 16 and 17 March, then 25, 26 and 27 March.
    expect(addWorkingDays('2026-03-13', 5)).toBe('2026-03-27');
  });

  it('carries across New Year, skipping Christmas, its collective leave and 1 January', () => {
    // Wednesday 23 December 2026: 24 Dec leave, 25 Dec Christmas, the weekend, then 28, 29, 30, 31 Dec, 4 Jan.
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-30');
    expect(addWorkingDays('2026-12-23', 5)).toBe('2027-01-04');
    // Wednesday 24 December 2025: 25 Dec Christmas, 26 Dec leave, then 29, 30, 31 Dec, 2 Jan, 5 Jan.
    expect(addWorkingDays('2025-12-24', 5)).toBe('2026-01-05');
  });

  it('counts a full 365 working days within the table', () => {
    expect(workingDaysBetween('2025-01-01', addWorkingDays('2025-01-01', 365))).toBe(365);
  });

  it('refuses dates outside the covered years', () => {
    expect(() => addWorkingDays('2024-12-31', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-12-31', 1)).toThrow(/outside the years of the holiday table/);
    expect(() => addWorkingDays('2028-01-03', 1)).toThrow(/outside the years of the holiday table/);
    expect(() => isWorkingDay('2028-01-03')).toThrow(RangeError);
    expect(() => addWorkingDays('2027-12-30', 5)).toThrow(/run past the end of the holiday table/);
  });

  it.each(['2026-1-9', '2026-02-30', '2026-13-01', '20260109', '2026-01-09T00:00:00Z', ' 2026-01-09', ''])(
    'refuses the malformed date %j',
    (date) => {
      expect(() => addWorkingDays(date, 1)).toThrow(RangeError);
      expect(() => addWorkingDays(date, 1)).toThrow(/is not a calendar date written YYYY-MM-DD/);
      expect(() => isWorkingDay(date)).toThrow(RangeError);
      expect(() => workingDaysBetween('2026-01-09', date)).toThrow(RangeError);
    },
  );

  it.each([-1, 1.5, 366, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p days', (days) => {
    expect(() => addWorkingDays('2026-01-09', days)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-09', days)).toThrow(/days must be an integer from 0 to 365/);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after from up to and including to', () => {
    expect(workingDaysBetween('2026-01-09', '2026-01-12')).toBe(1);
    expect(workingDaysBetween('2026-03-17', '2026-03-25')).toBe(1);
    expect(workingDaysBetween('2026-03-17', '2026-03-24')).toBe(0);
  });

  it('is 0 when to is not after from', () => {
    expect(workingDaysBetween('2026-01-12', '2026-01-12')).toBe(0);
    expect(workingDaysBetween('2026-01-12', '2026-01-09')).toBe(0);
  });

  it('undoes addWorkingDays for start dates across the covered years and many day counts', () => {
    const wrong: string[] = [];
    for (let start = '2025-01-01'; start <= '2027-06-30'; start = plusDays(start, 3)) {
      for (const days of [0, 1, 2, 3, 5, 7, 10, 14, 20, 30, 60, 90]) {
        const due = addWorkingDays(start, days);
        // The due date is the first day with `days` working days counted: a working day, one too few the day before.
        const exact = workingDaysBetween(start, due) === days;
        const first = days === 0 || (isWorkingDay(due) && workingDaysBetween(start, plusDays(due, -1)) === days - 1);
        if (!exact || !first) wrong.push(`${start} + ${days} = ${due}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('jakartaDate', () => {
  it('turns to the next day at 17:00 UTC, midnight in Jakarta', () => {
    expect(jakartaDate(new Date('2026-01-08T16:59:59.999Z'))).toBe('2026-01-08');
    expect(jakartaDate(new Date('2026-01-08T17:00:00.000Z'))).toBe('2026-01-09');
    expect(jakartaDate(new Date('2026-12-31T16:59:00Z'))).toBe('2026-12-31');
    expect(jakartaDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('refuses an invalid Date', () => {
    expect(() => jakartaDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('the holiday table', () => {
  it('covers consecutive years, each once', () => {
    expect(HOLIDAY_YEARS).toEqual([2025, 2026, 2027]);
    HOLIDAY_YEARS.forEach((year, i) => expect(year).toBe(HOLIDAY_YEARS[0] + i));
  });

  it('has only valid dates of their own year, in order and without duplicates', () => {
    for (const { year, days } of HOLIDAY_CALENDAR) {
      for (const { date } of days) {
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
        expect(date.slice(0, 4)).toBe(String(year));
      }
    }
    const dates = DAYS_OFF.map((day) => day.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it('names every day in English and Bahasa Indonesia', () => {
    for (const day of DAYS_OFF) {
      expect(['HOLIDAY', 'COLLECTIVE_LEAVE']).toContain(day.kind);
      expect(day.name.length).toBeGreaterThan(0);
      expect(day.nameId.length).toBeGreaterThan(0);
    }
  });

  it('holds the 2026 decree: 17 holidays and 8 collective leave days, none on a weekend', () => {
    const days = HOLIDAY_CALENDAR.find((year) => year.year === 2026)!.days;
    expect(days.filter((day) => day.kind === 'HOLIDAY')).toHaveLength(17);
    const leave = days.filter((day) => day.kind === 'COLLECTIVE_LEAVE').map((day) => day.date);
    expect(leave).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
    for (const date of leave) expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
  });

  it('marks only the year without its decree provisional, and gives it no collective leave', () => {
    const provisional = HOLIDAY_CALENDAR.filter((year) => year.provisional).map((year) => year.year);
    expect(provisional).toEqual([2027]);
    for (const year of HOLIDAY_CALENDAR.filter((y) => y.provisional)) {
      expect(year.days.every((day) => day.kind === 'HOLIDAY')).toBe(true);
    }
  });

  it('makes every listed day a day off', () => {
    for (const { date } of DAYS_OFF) expect(isWorkingDay(date)).toBe(false);
  });
});
