import { checkKk, checkNik } from '../../schema/scalars/identity-number';
import { PROVINCE_POPULATION } from '../../seeds/distributions';
import {
  generatePopulation,
  REFERENCE_DATE,
  REFERENCE_YEAR,
  type CitizenRow,
  type FamilyRow,
} from '../../seeds/generator';

// The synthetic population as a user of the hub sees it: valid identifiers, plausible families, national shape.
function generate(citizens: number, seed: string | number, batchSize = 5_000) {
  const families: FamilyRow[] = [];
  const people: CitizenRow[] = [];
  const batches: number[] = [];
  for (const batch of generatePopulation({ citizens, seed, batchSize })) {
    families.push(...batch.families);
    people.push(...batch.citizens);
    batches.push(batch.citizens.length);
  }
  return { families, people, batches };
}

const today = new Date(`${REFERENCE_DATE}T00:00:00Z`);
const age = (p: CitizenRow) => REFERENCE_YEAR - Number(p.birthDate.slice(0, 4));
const share = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length / items.length;
const inProvince = (people: readonly CitizenRow[], ...codes: string[]) =>
  people.filter((p) => codes.includes(p.villageCode.slice(0, 2)));
/** Collects every failure and reports a few, instead of one expect() per row (50,000 expects take seconds). */
function failures<T>(items: readonly T[], check: (item: T) => string | undefined): string[] {
  const found: string[] = [];
  for (const item of items) {
    const problem = check(item);
    if (problem) found.push(problem);
  }
  return found.slice(0, 5);
}

const { families, people, batches } = generate(50_000, 'test-seed');
const byKk = new Map<string, CitizenRow[]>();
for (const person of people) {
  const members = byKk.get(person.familyKk);
  if (members) members.push(person);
  else byKk.set(person.familyKk, [person]);
}

describe('synthetic population generator', () => {
  it('is deterministic: the same seed and size give identical rows, another seed different ones', () => {
    const first = generate(3_000, 'test-seed');
    expect(JSON.stringify(generate(3_000, 'test-seed'))).toBe(JSON.stringify(first));
    expect(first.people).toEqual(people.slice(0, 3_000));
    expect(generate(3_000, 'another-seed').people.slice(0, 20)).not.toEqual(first.people.slice(0, 20));
  });

  it('produces exactly the requested number of citizens, streamed in batches of about the requested size', () => {
    expect(people).toHaveLength(50_000);
    for (const size of [1, 7, 999]) expect(generate(size, size).people).toHaveLength(size);
    expect(generate(0, 'none').people).toHaveLength(0);
    expect(Math.max(...batches)).toBeLessThan(5_000 + 20);
    expect(() => generate(1.5, 'x')).toThrow(RangeError);
  });

  it('gives every citizen a unique NIK that passes checkNik and agrees with their sex and birth date', () => {
    expect(
      failures(people, (p) => {
        const check = checkNik(p.nik, today);
        if (!check.ok) return `${p.nik}: ${check.reason}`;
        if (check.parts.sex !== p.sex || check.parts.birthDate !== p.birthDate)
          return `${p.nik} disagrees with ${p.sex} ${p.birthDate}`;
        return p.birthDate < REFERENCE_DATE && age(p) <= 95 ? undefined : `${p.nik} born ${p.birthDate}`;
      }),
    ).toEqual([]);
    expect(new Set(people.map((p) => p.nik)).size).toBe(people.length);
  });

  it('gives every family a unique KK that passes checkKk, recorded after the head turned 17', () => {
    const heads = new Map(people.filter((p) => p.familyRelationship === 'HEAD').map((p) => [p.familyKk, p]));
    expect(
      failures(families, (f) => {
        const check = checkKk(f.kk, today);
        if (!check.ok) return `${f.kk}: ${check.reason}`;
        const head = heads.get(f.kk)!;
        const seventeenth = `${Number(head.birthDate.slice(0, 4)) + 17}${head.birthDate.slice(4)}`;
        if (check.parts.recordedOn !== f.issuedOn || f.issuedOn < seventeenth || f.issuedOn >= REFERENCE_DATE)
          return `${f.kk} recorded ${f.issuedOn}`;
        return check.parts.districtCode === head.villageCode.slice(0, 8)
          ? undefined
          : `${f.kk} not issued where the family lives`;
      }),
    ).toEqual([]);
    expect(new Set(families.map((f) => f.kk)).size).toBe(families.length);
  });

  it('gives each family one head, a spouse of the other sex, and members who share its card and address', () => {
    expect(
      failures([...byKk.values()], (members) => {
        const heads = members.filter((m) => m.familyRelationship === 'HEAD');
        const spouses = members.filter((m) => m.familyRelationship === 'WIFE' || m.familyRelationship === 'HUSBAND');
        if (heads.length !== 1 || members[0] !== heads[0]) return `${members[0].familyKk}: ${heads.length} heads`;
        if (spouses.length > 1 || spouses.some((s) => s.sex === heads[0].sex))
          return `${members[0].familyKk}: spouses ${spouses.map((s) => s.sex)}`;
        if (spouses.some((s) => (s.familyRelationship === 'WIFE') !== (s.sex === 'FEMALE')))
          return `${members[0].familyKk}: WIFE/HUSBAND sex`;
        if ([heads[0], ...spouses].some((m) => m.maritalStatus !== 'KAWIN') && spouses.length > 0)
          return `${members[0].familyKk}: married couple not KAWIN`;
        return new Set(members.map((m) => `${m.villageCode}|${m.street}|${m.rt}|${m.rw}`)).size === 1
          ? undefined
          : `${members[0].familyKk}: addresses differ`;
      }),
    ).toEqual([]);
    expect(families.map((f) => f.kk)).toEqual([...byKk.keys()]);
  });

  it('keeps generations apart: children 15-60 years younger than a parent on the card, grandchildren a generation further', () => {
    expect(
      failures([...byKk.values()], (members) => {
        const parents = members.filter((m) => ['HEAD', 'WIFE', 'HUSBAND'].includes(m.familyRelationship));
        for (const child of members.filter((m) => m.familyRelationship === 'CHILD')) {
          if (!parents.some((p) => age(p) - age(child) >= 15 && age(p) - age(child) <= 60))
            return `${child.nik}: no parent 15-60 years older`;
        }
        const head = parents[0];
        for (const grandchild of members.filter((m) => m.familyRelationship === 'GRANDCHILD')) {
          if (age(head) - age(grandchild) < 30) return `${grandchild.nik}: grandchild too close in age to the head`;
        }
        for (const elder of members.filter(
          (m) => m.familyRelationship === 'PARENT' || m.familyRelationship === 'PARENT_IN_LAW',
        )) {
          if (age(elder) - age(head) < 15 && age(elder) < 95)
            return `${elder.nik}: parent too close in age to the head`;
        }
        return undefined;
      }),
    ).toEqual([]);
    for (const relationship of [
      'CHILD_IN_LAW',
      'GRANDCHILD',
      'PARENT',
      'PARENT_IN_LAW',
      'OTHER_RELATIVE',
      'HOUSEHOLD_HELPER',
    ]) {
      expect(people.some((p) => p.familyRelationship === relationship)).toBe(true);
    }
  });

  it('has about three people per family card, from people living alone to large families', () => {
    const mean = people.length / families.length;
    expect(mean).toBeGreaterThan(2.8);
    expect(mean).toBeLessThan(3.4);
    const sizes = [...byKk.values()].map((m) => m.length);
    expect(share(sizes, (s) => s === 1)).toBeGreaterThan(0.08);
    expect(sizes.some((s) => s >= 8)).toBe(true);
    const larger =
      inProvince(people, '53', '91', '94', '95').length /
      new Set(inProvince(people, '53', '91', '94', '95').map((p) => p.familyKk)).size;
    expect(larger).toBeGreaterThan(mean);
  });

  it('spreads people over provinces in proportion to the 2024 population', () => {
    const total = Object.values(PROVINCE_POPULATION).reduce((a, b) => a + b, 0);
    for (const [code, thousands] of Object.entries(PROVINCE_POPULATION)) {
      expect(Math.abs(inProvince(people, code).length / people.length - thousands / total)).toBeLessThan(0.012);
    }
    expect(inProvince(people, '32').length / people.length).toBeCloseTo(0.178, 1); // Jawa Barat
    const java = inProvince(people, '31', '32', '33', '34', '35', '36').length / people.length;
    expect(java).toBeGreaterThan(0.53);
    expect(java).toBeLessThan(0.59);
  });

  it("has Indonesia's age structure and sex ratio", () => {
    expect(share(people, (p) => age(p) <= 14)).toBeCloseTo(0.244, 1);
    expect(Math.abs(share(people, (p) => age(p) <= 14) - 0.244)).toBeLessThan(0.02);
    expect(Math.abs(share(people, (p) => age(p) >= 15 && age(p) <= 64) - 0.693)).toBeLessThan(0.025);
    expect(Math.abs(share(people, (p) => age(p) >= 65) - 0.063)).toBeLessThan(0.012);
    const ratio = (group: readonly CitizenRow[]) =>
      (100 * group.filter((p) => p.sex === 'MALE').length) / group.filter((p) => p.sex === 'FEMALE').length;
    expect(ratio(people)).toBeGreaterThan(98);
    expect(ratio(people)).toBeLessThan(106);
    // Papua is ~2% of the country: a larger sample keeps its ~112 ratio out of the noise.
    expect(
      ratio(inProvince(generate(150_000, 'papua', 50_000).people, '91', '92', '93', '94', '95', '96')),
    ).toBeGreaterThan(104);
  });

  it('has the national religion mix and the regional one', () => {
    expect(Math.abs(share(people, (p) => p.religion === 'ISLAM') - 0.871)).toBeLessThan(0.02);
    expect(Math.abs(share(people, (p) => p.religion === 'KRISTEN') - 0.074)).toBeLessThan(0.015);
    expect(share(inProvince(people, '51'), (p) => p.religion === 'HINDU')).toBeGreaterThan(0.8);
    expect(
      share(inProvince(people, '53'), (p) => p.religion === 'KATOLIK' || p.religion === 'KRISTEN'),
    ).toBeGreaterThan(0.85);
    expect(share(inProvince(people, '11'), (p) => p.religion === 'ISLAM')).toBeGreaterThan(0.96);
    expect(
      share(inProvince(people, '71', '91', '94', '95'), (p) => p.religion === 'KRISTEN' || p.religion === 'KATOLIK'),
    ).toBeGreaterThan(0.6);
  });

  it('keeps marital status, schooling and work consistent with age and role', () => {
    const degrees = ['D3', 'S1_D4', 'S2', 'S3'];
    expect(
      failures(people, (p) => {
        const years = age(p);
        if (years < 17 && p.maritalStatus !== 'BELUM_KAWIN') return `${p.nik}: married at ${years}`;
        if (years < 5 && p.occupation !== 'Belum/Tidak Bekerja') return `${p.nik}: works at ${years}`;
        if (years >= 5 && years < 19 && p.occupation !== 'Pelajar/Mahasiswa')
          return `${p.nik}: ${p.occupation} at ${years}`;
        if (years < 20 && degrees.includes(p.education)) return `${p.nik}: ${p.education} at ${years}`;
        if (
          years >= 58 &&
          ['Pegawai Negeri Sipil', 'Tentara Nasional Indonesia', 'Kepolisian RI'].includes(p.occupation)
        )
          return `${p.nik}: not retired at ${years}`;
        if (p.occupation === 'Dokter' && p.education !== 'S1_D4' && p.education !== 'S2' && p.education !== 'S3')
          return `${p.nik}: doctor with ${p.education}`;
        return undefined;
      }),
    ).toEqual([]);
    const adults = people.filter((p) => age(p) >= 18);
    const health = share(adults, (p) =>
      ['Perawat', 'Bidan', 'Dokter', 'Apoteker', 'Analis Kesehatan', 'Dokter Gigi', 'Ahli Gizi'].includes(p.occupation),
    );
    expect(health).toBeGreaterThan(0.006);
    expect(health).toBeLessThan(0.016);
    expect(share(people, (p) => p.citizenship === 'WNI')).toBeGreaterThan(0.995);
    expect(
      share(
        people.filter((p) => p.familyRelationship === 'HEAD' && age(p) >= 70),
        (p) => p.maritalStatus === 'CERAI_MATI',
      ),
    ).toBeGreaterThan(0.1);
  });

  it("names people in their family's tradition, without repeated words or twins in name", () => {
    expect(
      failures(people, (p) => {
        const words = p.fullName.split(' ');
        return words.length < 1 || words.length > 5 || new Set(words).size !== words.length
          ? `${p.nik}: "${p.fullName}"`
          : undefined;
      }),
    ).toEqual([]);
    expect(
      failures([...byKk.values()], (members) =>
        new Set(members.map((m) => m.fullName)).size === members.length
          ? undefined
          : `${members[0].familyKk}: same name twice`,
      ),
    ).toEqual([]);
    const baliHindus = inProvince(people, '51').filter((p) => p.religion === 'HINDU');
    expect(
      share(baliHindus, (p) => /^(I|Ni) (Wayan|Putu|Gede|Luh|Made|Kadek|Nengah|Nyoman|Komang|Ketut) /.test(p.fullName)),
    ).toBe(1);
    expect(share(people, (p) => !p.fullName.includes(' '))).toBeGreaterThan(0.02);
    expect(new Set(people.map((p) => p.fullName)).size).toBeGreaterThan(people.length * 0.6);
  });

  it('registers most people where their family lives and some, who moved, elsewhere', () => {
    const movedDistrict = share(people, (p) => p.nik.slice(0, 6) !== p.villageCode.slice(0, 8).replace(/\./g, ''));
    expect(movedDistrict).toBeGreaterThan(0.05);
    expect(movedDistrict).toBeLessThan(0.25);
    expect(share(people, (p) => p.nik.slice(0, 2) !== p.villageCode.slice(0, 2))).toBeGreaterThan(0.01);
    expect(
      failures(people, (p) =>
        /^(Kabupaten|Kota) /.test(p.birthPlace) || p.birthPlace === ''
          ? `${p.nik}: birth place ${p.birthPlace}`
          : undefined,
      ),
    ).toEqual([]);
    expect(
      failures(people, (p) =>
        /^(0(0[1-9]|1[0-5]))$/.test(p.rt) &&
        /^(0(0[1-9]|1[0-5]))$/.test(p.rw) &&
        /^(Jl\. .+ No\. \d+|Dusun .+)$/.test(p.street)
          ? undefined
          : `${p.nik}: ${p.street} ${p.rt}/${p.rw}`,
      ),
    ).toEqual([]);
  });
});
