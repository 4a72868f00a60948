import { parseCsv, readRegionTables } from '../../seeds/regions';

// The Kemendagri region tables the generator and the loader read from data/regions (idn-area-data 4.0.1).
describe('region tables', () => {
  it('parses CSV with quoted fields holding commas, doubled quotes and line breaks', () => {
    const text =
      'code,district_code,name\r\n11.01.01.2001,11.01.01,"Ujong ""Baroh"", ' +
      'Lama"\n11.01.01.2002,11.01.01,"Dua\nBaris"\n11.01.01.2003,11.01.01,Biasa';
    expect(parseCsv(text)).toEqual([
      ['11.01.01.2001', '11.01.01', 'Ujong "Baroh", Lama'],
      ['11.01.01.2002', '11.01.01', 'Dua\nBaris'],
      ['11.01.01.2003', '11.01.01', 'Biasa'],
    ]);
  });

  it('reads the 2025 tables: 38 provinces, 514 regencies, 7,285 districts, 83,762 villages, all linked', () => {
    const tables = readRegionTables();
    expect([tables.provinces.length, tables.regencies.length, tables.districts.length, tables.villages.length]).toEqual(
      [38, 514, 7_285, 83_762],
    );
    const districts = new Set(tables.districts.map((d) => d.code));
    expect(
      tables.villages.filter((v) => !districts.has(v.districtCode) || !/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(v.code)),
    ).toEqual([]);
    expect(tables.villages.some((v) => v.name.includes(','))).toBe(true);
    expect(readRegionTables()).toBe(tables);
  });
});
