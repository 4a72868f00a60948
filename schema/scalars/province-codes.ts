/**
 * Two-digit Kemendagri province codes a NIK or KK may start with.
 *
 * Validation is at province level on purpose: a NIK keeps the region code of its *first* registration, and
 * old cards carry codes that were later split (Papua 91xx before 2022, Kalimantan Utara residents with 64xx),
 * so checking the regency or kecamatan against today's tables would refuse real people.
 * The current 38 provinces (Kepmendagri 300.2.2-2138/2025) cover every historical prefix as well.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
]);
