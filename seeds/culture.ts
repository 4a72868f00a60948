import { PROVINCE_NAMES, PROVINCE_RELIGION, RELIGIONS, type NameProfile, type Religion } from './distributions';
import { POOLS } from './names';
import { Weighted, type Random } from './prng';

/**
 * A family's faith and naming tradition. Faith is drawn from the province's religion mix, then the tradition
 * from the province's ethnic mix *given* that faith: a Christian family in Sumatera Utara is most likely
 * Batak, a Muslim one Malay, Javanese or Mandailing Batak; Buddhists are mostly Chinese-Indonesian; Hindus
 * Balinese (Kaharingan Dayak in Kalimantan Tengah). The affinities below are estimates.
 */
function affinity(profile: NameProfile, religion: Religion, provinceCode: string): number {
  const faith = POOLS[profile].faith;
  switch (religion) {
    case 'ISLAM':
      return profile === 'chinese' ? 0.03 : profile === 'balinese' ? 0.05 : faith === 'christian' ? 0.15 : 1;
    case 'KRISTEN':
    case 'KATOLIK':
      return profile === 'chinese' ? 1.5 : faith === 'muslim' ? 0.15 : faith === 'hindu' ? 0.1 : 1;
    case 'HINDU':
      return provinceCode === '62' ? (profile === 'dayak' ? 1 : 0) : profile === 'balinese' ? 1 : 0;
    case 'BUDDHA':
    case 'KONGHUCU':
      return profile === 'chinese' ? 1 : 0.02;
    case 'KEPERCAYAAN':
      return 1;
  }
}

/** Traditions that a faith may fall back on when the province lists none that fits (Hindus outside Bali). */
const FALLBACK: Readonly<Record<Religion, NameProfile>> = {
  ISLAM: 'malay',
  KRISTEN: 'batak',
  KATOLIK: 'ntt',
  HINDU: 'balinese',
  BUDDHA: 'chinese',
  KONGHUCU: 'chinese',
  KEPERCAYAAN: 'javanese',
};

interface ProvinceCulture {
  religions: Weighted<Religion>;
  profiles: Map<Religion, Weighted<NameProfile>>;
}

/** Weighted tables per province, built once on first use. */
export class Culture {
  private readonly provinces = new Map<string, ProvinceCulture>();

  private of(provinceCode: string): ProvinceCulture {
    let culture = this.provinces.get(provinceCode);
    if (culture) return culture;
    const shares = PROVINCE_RELIGION[provinceCode];
    const names = PROVINCE_NAMES[provinceCode];
    if (!shares || !names) throw new Error(`No religion or naming data for province ${provinceCode}`);
    const present = RELIGIONS.filter((_, i) => shares[i] > 0);
    const profiles = new Map<Religion, Weighted<NameProfile>>();
    for (const religion of RELIGIONS) {
      const weighted = names
        .map(([profile, weight]) => [profile, weight * affinity(profile, religion, provinceCode)] as const)
        .filter(([, w]) => w > 0);
      profiles.set(religion, weighted.length > 0 ? Weighted.of(weighted) : Weighted.of([[FALLBACK[religion], 1]]));
    }
    culture = {
      religions: new Weighted(
        present,
        present.map((r) => shares[RELIGIONS.indexOf(r)]),
      ),
      profiles,
    };
    this.provinces.set(provinceCode, culture);
    return culture;
  }

  religion(random: Random, provinceCode: string): Religion {
    return this.of(provinceCode).religions.sample(random);
  }

  profile(random: Random, provinceCode: string, religion: Religion): NameProfile {
    return this.of(provinceCode).profiles.get(religion)!.sample(random);
  }
}
