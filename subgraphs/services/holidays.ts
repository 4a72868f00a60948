// National public holidays (hari libur nasional) and collective leave days (cuti bersama) in Indonesia, as set each
// year by the joint decree of the Minister of Religious Affairs, the Minister of Manpower and the Minister for
// Administrative and Bureaucratic Reform (SKB 3 Menteri). Service standards counted in working days
// (working-days.ts) skip these days. A year not in this table is refused there, not counted as if it had none.
//
// The decree fixes the Islamic dates by Kemenag's calendar (the MABIMS crescent criterion), which can fall a day after
// the Umm al-Qura dates that other calendars print: Idulfitri 1446 H on 31 March 2025, not 30 March, for example.

/** `HOLIDAY` is a national public holiday; `COLLECTIVE_LEAVE` is a cuti bersama day set by the same decree. */
export type DayOffKind = 'HOLIDAY' | 'COLLECTIVE_LEAVE';

/** One day off: a holiday or a collective leave day. */
export interface DayOff {
  /** The calendar day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly kind: DayOffKind;
  /** The name in English. */
  readonly name: string;
  /** The name in Bahasa Indonesia, as the decree writes it. */
  readonly nameId: string;
}

/** The days off of one year and the decree they come from. */
export interface HolidayYear {
  readonly year: number;
  /** The joint decree that sets the year's days off, or why there is none yet. */
  readonly decree: string;
  /** True while the year's decree is not in the table: its days are the computed holidays, without collective leave. */
  readonly provisional: boolean;
  /** The year's days off, in date order. */
  readonly days: readonly DayOff[];
}

function holiday(date: string, name: string, nameId: string): DayOff {
  return { date, kind: 'HOLIDAY', name, nameId };
}

function leave(date: string, name: string, nameId: string): DayOff {
  return { date, kind: 'COLLECTIVE_LEAVE', name: `Collective leave: ${name}`, nameId: `Cuti bersama ${nameId}` };
}

/** The days off of each covered year, oldest year first. */
export const HOLIDAY_CALENDAR: readonly HolidayYear[] = [
  {
    year: 2025,
    // Signed on 14 October 2024. Amended in August 2025 to add 18 August as collective leave for the 80th
    // Independence Day.
    decree: 'SKB 3 Menteri Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 (as amended in August 2025)',
    provisional: false,
    days: [
      holiday('2025-01-01', "New Year's Day 2025", 'Tahun Baru 2025 Masehi'),
      holiday('2025-01-27', "Isra Mi'raj of the Prophet Muhammad 1446 H", 'Isra Mikraj Nabi Muhammad S.A.W.'),
      leave('2025-01-28', 'Chinese New Year 2576 Kongzili', 'Tahun Baru Imlek 2576 Kongzili'),
      holiday('2025-01-29', 'Chinese New Year 2576 Kongzili', 'Tahun Baru Imlek 2576 Kongzili'),
      leave('2025-03-28', 'Nyepi, Saka New Year 1947', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
      holiday('2025-03-29', 'Nyepi, Saka New Year 1947', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
      holiday('2025-03-31', 'Eid al-Fitr 1446 H', 'Idulfitri 1446 Hijriah'),
      holiday('2025-04-01', 'Eid al-Fitr 1446 H', 'Idulfitri 1446 Hijriah'),
      leave('2025-04-02', 'Eid al-Fitr 1446 H', 'Idulfitri 1446 Hijriah'),
      leave('2025-04-03', 'Eid al-Fitr 1446 H', 'Idulfitri 1446 Hijriah'),
      leave('2025-04-04', 'Eid al-Fitr 1446 H', 'Idulfitri 1446 Hijriah'),
      leave('2025-04-07', 'Eid al-Fitr 1446 H', 'Idulfitri 1446 Hijriah'),
      holiday('2025-04-18', 'Good Friday', 'Wafat Yesus Kristus'),
      holiday('2025-04-20', 'Easter Sunday', 'Kebangkitan Yesus Kristus (Paskah)'),
      holiday('2025-05-01', 'International Labour Day', 'Hari Buruh Internasional'),
      holiday('2025-05-12', 'Vesak 2569 BE', 'Hari Raya Waisak 2569 BE'),
      leave('2025-05-13', 'Vesak 2569 BE', 'Hari Raya Waisak 2569 BE'),
      holiday('2025-05-29', 'Ascension of Jesus Christ', 'Kenaikan Yesus Kristus'),
      leave('2025-05-30', 'Ascension of Jesus Christ', 'Kenaikan Yesus Kristus'),
      holiday('2025-06-01', 'Pancasila Day', 'Hari Lahir Pancasila'),
      holiday('2025-06-06', 'Eid al-Adha 1446 H', 'Iduladha 1446 Hijriah'),
      leave('2025-06-09', 'Eid al-Adha 1446 H', 'Iduladha 1446 Hijriah'),
      holiday('2025-06-27', 'Islamic New Year 1447 H', '1 Muharam Tahun Baru Islam 1447 Hijriah'),
      holiday('2025-08-17', 'Independence Day', 'Proklamasi Kemerdekaan'),
      leave('2025-08-18', '80th Independence Day', 'HUT ke-80 Kemerdekaan Republik Indonesia'),
      holiday('2025-09-05', "Prophet Muhammad's Birthday 1447 H", 'Maulid Nabi Muhammad S.A.W.'),
      holiday('2025-12-25', 'Christmas Day', 'Kelahiran Yesus Kristus'),
      leave('2025-12-26', 'Christmas', 'Kelahiran Yesus Kristus'),
    ],
  },
  {
    year: 2026,
    // Signed on 19 September 2025: 17 holidays and 8 collective leave days.
    decree: 'SKB 3 Menteri Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025',
    provisional: false,
    days: [
      holiday('2026-01-01', "New Year's Day 2026", 'Tahun Baru 2026 Masehi'),
      holiday('2026-01-16', "Isra Mi'raj of the Prophet Muhammad 1447 H", 'Isra Mikraj Nabi Muhammad S.A.W.'),
      leave('2026-02-16', 'Chinese New Year 2577 Kongzili', 'Tahun Baru Imlek 2577 Kongzili'),
      holiday('2026-02-17', 'Chinese New Year 2577 Kongzili', 'Tahun Baru Imlek 2577 Kongzili'),
      leave('2026-03-18', 'Nyepi, Saka New Year 1948', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
      holiday('2026-03-19', 'Nyepi, Saka New Year 1948', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
      leave('2026-03-20', 'Eid al-Fitr 1447 H', 'Idulfitri 1447 Hijriah'),
      holiday('2026-03-21', 'Eid al-Fitr 1447 H', 'Idulfitri 1447 Hijriah'),
      holiday('2026-03-22', 'Eid al-Fitr 1447 H', 'Idulfitri 1447 Hijriah'),
      leave('2026-03-23', 'Eid al-Fitr 1447 H', 'Idulfitri 1447 Hijriah'),
      leave('2026-03-24', 'Eid al-Fitr 1447 H', 'Idulfitri 1447 Hijriah'),
      holiday('2026-04-03', 'Good Friday', 'Wafat Yesus Kristus'),
      holiday('2026-04-05', 'Easter Sunday', 'Kebangkitan Yesus Kristus (Paskah)'),
      holiday('2026-05-01', 'International Labour Day', 'Hari Buruh Internasional'),
      holiday('2026-05-14', 'Ascension of Jesus Christ', 'Kenaikan Yesus Kristus'),
      leave('2026-05-15', 'Ascension of Jesus Christ', 'Kenaikan Yesus Kristus'),
      holiday('2026-05-27', 'Eid al-Adha 1447 H', 'Iduladha 1447 Hijriah'),
      leave('2026-05-28', 'Eid al-Adha 1447 H', 'Iduladha 1447 Hijriah'),
      holiday('2026-05-31', 'Vesak 2570 BE', 'Hari Raya Waisak 2570 BE'),
      holiday('2026-06-01', 'Pancasila Day', 'Hari Lahir Pancasila'),
      holiday('2026-06-16', 'Islamic New Year 1448 H', '1 Muharam Tahun Baru Islam 1448 Hijriah'),
      holiday('2026-08-17', 'Independence Day', 'Proklamasi Kemerdekaan'),
      holiday('2026-08-25', "Prophet Muhammad's Birthday 1448 H", 'Maulid Nabi Muhammad S.A.W.'),
      leave('2026-12-24', 'Christmas', 'Kelahiran Yesus Kristus'),
      holiday('2026-12-25', 'Christmas Day', 'Kelahiran Yesus Kristus'),
    ],
  },
  {
    year: 2027,
    // Provisional: the decree for 2027 (signed in the second half of 2026) is not in this table yet. The year holds
    // the fixed-date holidays and the movable ones as computed, and no collective leave, which only the decree sets:
    // the Christian feasts from Easter (28 March), the Islamic ones by the MABIMS criterion (the crescent at least
    // 3 degrees high and 6.4 degrees from the Sun at sunset somewhere in Indonesia), Imlek, Nyepi and Waisak from the
    // new and full moons. Replace the year with the decree's list once it is published.
    decree: 'none yet: holidays computed, no collective leave',
    provisional: true,
    days: [
      holiday('2027-01-01', "New Year's Day 2027", 'Tahun Baru 2027 Masehi'),
      holiday('2027-01-05', "Isra Mi'raj of the Prophet Muhammad 1448 H", 'Isra Mikraj Nabi Muhammad S.A.W.'),
      holiday('2027-02-06', 'Chinese New Year 2578 Kongzili', 'Tahun Baru Imlek 2578 Kongzili'),
      holiday('2027-03-08', 'Nyepi, Saka New Year 1949', 'Hari Suci Nyepi (Tahun Baru Saka 1949)'),
      holiday('2027-03-10', 'Eid al-Fitr 1448 H', 'Idulfitri 1448 Hijriah'),
      holiday('2027-03-11', 'Eid al-Fitr 1448 H', 'Idulfitri 1448 Hijriah'),
      holiday('2027-03-26', 'Good Friday', 'Wafat Yesus Kristus'),
      holiday('2027-03-28', 'Easter Sunday', 'Kebangkitan Yesus Kristus (Paskah)'),
      holiday('2027-05-01', 'International Labour Day', 'Hari Buruh Internasional'),
      holiday('2027-05-06', 'Ascension of Jesus Christ', 'Kenaikan Yesus Kristus'),
      holiday('2027-05-17', 'Eid al-Adha 1448 H', 'Iduladha 1448 Hijriah'),
      holiday('2027-05-20', 'Vesak 2571 BE', 'Hari Raya Waisak 2571 BE'),
      holiday('2027-06-01', 'Pancasila Day', 'Hari Lahir Pancasila'),
      holiday('2027-06-06', 'Islamic New Year 1449 H', '1 Muharam Tahun Baru Islam 1449 Hijriah'),
      holiday('2027-08-15', "Prophet Muhammad's Birthday 1449 H", 'Maulid Nabi Muhammad S.A.W.'),
      holiday('2027-08-17', 'Independence Day', 'Proklamasi Kemerdekaan'),
      holiday('2027-12-25', 'Christmas Day', 'Kelahiran Yesus Kristus'),
      // 27 Rajab 1449 H falls in the same year: a Sunday by MABIMS, Saturday 25 December by Umm al-Qura.
      holiday('2027-12-26', "Isra Mi'raj of the Prophet Muhammad 1449 H", 'Isra Mikraj Nabi Muhammad S.A.W.'),
    ],
  },
];

/** The years the table covers, in order and without gaps. */
export const HOLIDAY_YEARS: readonly number[] = HOLIDAY_CALENDAR.map((year) => year.year);

/** Every day off of the covered years, in date order. */
export const DAYS_OFF: readonly DayOff[] = HOLIDAY_CALENDAR.flatMap((year) => year.days);
