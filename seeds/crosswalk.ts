import { readRegionTables } from './regions';

/**
 * BPS village codes for the Kemendagri villages. BPS shares the province and regency codes but numbers
 * kecamatan and villages its own way (`PP RR SSS VVV`); Regsosek/DTSEN records carry only BPS codes. This
 * crosswalk is generated consistently from the region tables (district `SS` -> `SS0`, villages numbered 001...
 * in Kemendagri order within their district): a real BPS-Kemendagri table can replace it in
 * `connectors.bps_village`.
 */
let crosswalk: Map<string, string> | undefined;

export function bpsVillageCodes(): ReadonlyMap<string, string> {
  if (!crosswalk) {
    crosswalk = new Map();
    const counters = new Map<string, number>();
    const villages = [...readRegionTables().villages].sort((a, b) => a.code.localeCompare(b.code));
    for (const village of villages) {
      const [pp, rr, ss] = village.districtCode.split('.');
      const n = (counters.get(village.districtCode) ?? 0) + 1;
      counters.set(village.districtCode, n);
      crosswalk.set(village.code, `${pp}${rr}${String(Number(ss) * 10).padStart(3, '0')}${String(n).padStart(3, '0')}`);
    }
  }
  return crosswalk;
}

/** The BPS code of a Kemendagri village code (`PP.RR.SS.VVVV`). */
export function bpsVillageCode(villageCode: string): string {
  const code = bpsVillageCodes().get(villageCode);
  if (!code) throw new Error(`No BPS code for village ${villageCode}`);
  return code;
}
