import { PROVINCE_POPULATION } from './distributions';
import { Weighted, type Random } from './prng';
import { readRegionTables } from './regions';

export interface DistrictPlace {
  /** Position in the district table: a compact key for the NIK and KK serial counters. */
  index: number;
  /** Kemendagri code `PP.RR.SS`. */
  code: string;
  /** The code without dots, as it starts a NIK or KK. */
  digits: string;
  provinceCode: string;
  /** The regency or city name as people write a birth place: "Bandung", not "Kabupaten Bandung"; "Jakarta Utara". */
  placeName: string;
  villages: readonly string[];
}

/**
 * The region tables arranged for sampling: provinces weighted by population, then districts uniformly within
 * a province (larger regencies have more districts, so they get more people), then villages within a district.
 */
export class Geography {
  private readonly provinces: Weighted<string>;
  private readonly districtsByProvince = new Map<string, DistrictPlace[]>();
  private readonly regencyPlaces = new Map<string, string[]>();

  constructor() {
    const tables = readRegionTables();
    const regencyName = new Map(
      tables.regencies.map((r) => [r.code, r.name.replace(/^(Kabupaten|Kota) (Administrasi )?/, '')]),
    );
    const villages = new Map<string, string[]>();
    for (const village of tables.villages) {
      const list = villages.get(village.districtCode);
      if (list) list.push(village.code);
      else villages.set(village.districtCode, [village.code]);
    }
    for (const [index, district] of tables.districts.entries()) {
      const provinceCode = district.code.slice(0, 2);
      const place: DistrictPlace = {
        index,
        code: district.code,
        digits: district.code.replace(/\./g, ''),
        provinceCode,
        placeName: regencyName.get(district.regencyCode) ?? district.name,
        villages: villages.get(district.code) ?? [],
      };
      if (place.villages.length === 0) continue;
      const list = this.districtsByProvince.get(provinceCode);
      if (list) list.push(place);
      else this.districtsByProvince.set(provinceCode, [place]);
    }
    for (const [provinceCode, districts] of this.districtsByProvince) {
      this.regencyPlaces.set(provinceCode, [...new Set(districts.map((d) => d.placeName))]);
    }
    const codes = [...this.districtsByProvince.keys()].filter((code) => PROVINCE_POPULATION[code] !== undefined);
    this.provinces = new Weighted(
      codes,
      codes.map((code) => PROVINCE_POPULATION[code]),
    );
  }

  province(random: Random): string {
    return this.provinces.sample(random);
  }

  district(random: Random, provinceCode: string): DistrictPlace {
    return random.pick(this.districtsByProvince.get(provinceCode)!);
  }

  /** Another regency or city name in the province, for people born away from where they were registered. */
  otherPlace(random: Random, provinceCode: string): string {
    return random.pick(this.regencyPlaces.get(provinceCode)!);
  }
}
