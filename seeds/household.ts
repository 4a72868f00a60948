import type { NameProfile } from './distributions';
import { Weighted, type Random } from './prng';

/**
 * Who is on one family card (KK): roles, sexes, ages and marital status, before names, dates and jobs are
 * drawn. Children are placed from their mother's age (first birth at 18-35, 1-8 years apart) and leave the
 * card as they grow up and marry, so couples of every age, teenagers and the age pyramid come out of one
 * model. The weights are estimates tuned until a large sample matches BPS: 0-14 24.4%, 15-64 69.3%, 65+ 6.3%,
 * about 3.0 people per card, sex ratio 101.9.
 */
export type Sex = 'MALE' | 'FEMALE';
export type Relationship =
  | 'HEAD'
  | 'HUSBAND'
  | 'WIFE'
  | 'CHILD'
  | 'CHILD_IN_LAW'
  | 'GRANDCHILD'
  | 'PARENT'
  | 'PARENT_IN_LAW'
  | 'OTHER_RELATIVE'
  | 'HOUSEHOLD_HELPER'
  | 'OTHER';
export type Marital = 'BELUM_KAWIN' | 'KAWIN' | 'CERAI_HIDUP' | 'CERAI_MATI';

/**
 * Where someone was first registered, which fixes the district in their NIK: `head` the head's district of
 * origin, `born-here` the family's own district (or the head's origin when born before the family moved),
 * `elsewhere` some other district (married in from another area, an elderly parent, a helper).
 */
export type Registration = 'head' | 'born-here' | 'elsewhere';

/** Whose family name someone carries: the head's line, their own (married in), or another member's. */
export type Lineage = { kind: 'head' } | { kind: 'own' } | { kind: 'of'; index: number };

export interface Member {
  relationship: Relationship;
  sex: Sex;
  /** Completed years on the reference date (0-95). */
  age: number;
  marital: Marital;
  /** Order among their parents' children, for Balinese birth-order names. */
  birthOrder: number;
  registration: Registration;
  lineage: Lineage;
  /** A naming tradition other than the family's (a helper from Java in a Batak family). */
  profile?: NameProfile;
}

interface HouseholdSetting {
  /** Men per 100 women in the province: tilts the sex of everyone whose sex is not fixed by a marriage. */
  sexRatio: number;
  /** Poorer provinces have more children per mother. */
  largerFamilies: boolean;
}

const MAX_AGE = 95;
const NATIONAL_MALE_SHARE = 101.9 / 201.9;

type Shape = 'single' | 'married' | 'singleParent' | 'extended';
const shapes = Weighted.of<Shape>([
  ['single', 15],
  ['married', 65],
  ['singleParent', 9],
  ['extended', 11],
]);
const ageBands = (bands: readonly (readonly [number, number, number])[]) =>
  Weighted.of(bands.map(([min, max, w]) => [[min, max] as const, w] as const));
const marriedHeadAge = ageBands([
  [20, 24, 5],
  [25, 29, 10],
  [30, 34, 11],
  [35, 39, 11],
  [40, 44, 11],
  [45, 49, 10],
  [50, 54, 10],
  [55, 59, 9],
  [60, 64, 7],
  [65, 69, 4],
  [70, 74, 2],
  [75, 79, 1],
  [80, 90, 0.5],
]);
const singleParentAge = ageBands([
  [25, 34, 18],
  [35, 44, 28],
  [45, 54, 25],
  [55, 64, 16],
  [65, 85, 13],
]);
const singleAge = ageBands([
  [19, 34, 52],
  [35, 59, 24],
  [60, 92, 24],
]);
/** Years the husband is older than the wife. */
const spouseGap = Weighted.of([
  [-3, 2],
  [-2, 3],
  [-1, 5],
  [0, 9],
  [1, 11],
  [2, 13],
  [3, 13],
  [4, 11],
  [5, 9],
  [6, 7],
  [7, 5],
  [8, 4],
  [10, 4],
  [13, 2],
  [16, 1],
] as const);
const firstBirthAge = Weighted.of([
  [18, 3],
  [19, 5],
  [20, 8],
  [21, 10],
  [22, 11],
  [23, 11],
  [24, 10],
  [25, 9],
  [26, 8],
  [27, 6],
  [28, 5],
  [29, 4],
  [30, 3],
  [32, 3],
  [35, 2],
] as const);
const birthSpacing = Weighted.of([
  [1, 4],
  [2, 24],
  [3, 30],
  [4, 20],
  [5, 10],
  [6, 6],
  [8, 4],
] as const);
const childCount = Weighted.of([
  [1, 21],
  [2, 37],
  [3, 24],
  [4, 11],
  [5, 5],
  [6, 2],
] as const);
type Variant = 'elder' | 'threeGenerations' | 'grandchildren' | 'relative';
const variants = Weighted.of<Variant>([
  ['elder', 40],
  ['threeGenerations', 30],
  ['grandchildren', 15],
  ['relative', 15],
]);
/** Share of cards with a live-in domestic helper registered on them (estimate). */
const HELPER_SHARE = 0.006;

const head: Lineage = { kind: 'head' };
const own: Lineage = { kind: 'own' };
const clampAge = (age: number) => Math.max(0, Math.min(MAX_AGE, age));

class Card {
  readonly members: Member[] = [];
  constructor(
    private readonly random: Random,
    private readonly setting: HouseholdSetting,
  ) {}

  add(member: Omit<Member, 'birthOrder' | 'age'> & { age: number; birthOrder?: number }): number {
    this.members.push({ birthOrder: 0, ...member, age: clampAge(member.age) });
    return this.members.length - 1;
  }

  /** A sex for someone whose sex no marriage fixes, tilted by the province's sex ratio. */
  freeSex(baseMale: number): Sex {
    const tilt = this.setting.sexRatio / (100 + this.setting.sexRatio) - NATIONAL_MALE_SHARE;
    return this.random.chance(Math.min(0.8, baseMale + 2.2 * tilt)) ? 'MALE' : 'FEMALE';
  }

  /** Head and spouse; returns the mother's age (children are placed from it). */
  couple(headAge: number): { motherAge: number; spouse: number } {
    const headSex: Sex = this.random.chance(0.96) ? 'MALE' : 'FEMALE';
    const gap = spouseGap.sample(this.random);
    const spouseAge = Math.max(19, headSex === 'MALE' ? headAge - gap : headAge + gap);
    this.add({
      relationship: 'HEAD',
      sex: headSex,
      age: headAge,
      marital: 'KAWIN',
      registration: 'head',
      lineage: head,
    });
    const spouse = this.add({
      relationship: headSex === 'MALE' ? 'WIFE' : 'HUSBAND',
      sex: headSex === 'MALE' ? 'FEMALE' : 'MALE',
      age: spouseAge,
      marital: 'KAWIN',
      registration: this.random.chance(0.8) ? 'head' : 'elsewhere',
      lineage: own,
    });
    return { motherAge: headSex === 'FEMALE' ? headAge : clampAge(spouseAge), spouse };
  }

  /** The head's children still on the card, eldest first; `from` is the age of the first one to consider. */
  children(motherAge: number, from = motherAge - firstBirthAge.sample(this.random), startOrder = 0): void {
    const intended = childCount.sample(this.random) + (this.setting.largerFamilies && this.random.chance(0.35) ? 1 : 0);
    let age = from;
    // Nobody is born to a mother past 45.
    for (let order = startOrder; order < intended && age >= 0 && motherAge - age <= 45; order += 1) {
      // From 18 on, children leave the card as they marry or set up on their own.
      const leaves = age >= 18 && this.random.chance(Math.min(0.93, (age - 17) * 0.085));
      if (!leaves) {
        const marital: Marital = age >= 22 && this.random.chance(0.04) ? 'CERAI_HIDUP' : 'BELUM_KAWIN';
        this.add({
          relationship: 'CHILD',
          sex: this.freeSex(0.525),
          age,
          marital,
          birthOrder: order,
          registration: 'born-here',
          lineage: head,
        });
      }
      age -= birthSpacing.sample(this.random);
    }
  }
}

function single(card: Card, random: Random): void {
  const [min, max] = singleAge.sample(random);
  const age = random.int(min, max);
  const young = age < 35;
  const sex = card.freeSex(young ? 0.75 : age < 60 ? 0.6 : 0.3);
  const marital: Marital = young
    ? random.chance(0.93)
      ? 'BELUM_KAWIN'
      : 'CERAI_HIDUP'
    : age < 60
      ? random.pick(['BELUM_KAWIN', 'CERAI_HIDUP', 'CERAI_HIDUP', 'CERAI_MATI'] as const)
      : random.chance(0.8)
        ? 'CERAI_MATI'
        : random.chance(0.75)
          ? 'CERAI_HIDUP'
          : 'BELUM_KAWIN';
  card.add({ relationship: 'HEAD', sex, age, marital, registration: 'head', lineage: head });
}

function singleParent(card: Card, random: Random): void {
  const [min, max] = singleParentAge.sample(random);
  const age = random.int(min, max);
  const sex: Sex = random.chance(0.72) ? 'FEMALE' : 'MALE';
  const widowed = random.chance(age > 50 ? 0.7 : 0.4);
  card.add({
    relationship: 'HEAD',
    sex,
    age,
    marital: widowed ? 'CERAI_MATI' : 'CERAI_HIDUP',
    registration: 'head',
    lineage: head,
  });
  card.children(sex === 'FEMALE' ? age : age - random.int(0, 6));
}

function married(card: Card, random: Random): void {
  const [min, max] = marriedHeadAge.sample(random);
  card.children(card.couple(random.int(min, max)).motherAge);
}

function extended(card: Card, random: Random): void {
  const variant = variants.sample(random);
  if (variant === 'elder') {
    const { motherAge, spouse } = card.couple(random.int(25, 60));
    const elderAge = Math.max(...card.members.map((m) => m.age)) + random.int(22, 34);
    const inLaw = random.chance(0.5);
    const registration: Registration = random.chance(0.4) ? 'elsewhere' : 'head';
    const relationship = inLaw ? 'PARENT_IN_LAW' : 'PARENT';
    if (random.chance(0.2) && elderAge <= 90) {
      card.add({
        relationship,
        sex: 'MALE',
        age: elderAge,
        marital: 'KAWIN',
        registration,
        lineage: inLaw ? { kind: 'of', index: spouse } : head,
      });
      card.add({
        relationship,
        sex: 'FEMALE',
        age: elderAge - random.int(0, 5),
        marital: 'KAWIN',
        registration,
        lineage: own,
      });
    } else {
      const sex: Sex = random.chance(0.72) ? 'FEMALE' : 'MALE';
      const lineage: Lineage = sex === 'FEMALE' ? own : inLaw ? { kind: 'of', index: spouse } : head;
      card.add({ relationship, sex, age: elderAge, marital: 'CERAI_MATI', registration, lineage });
    }
    card.children(motherAge);
    return;
  }
  if (variant === 'threeGenerations') {
    // A married son or daughter lives on the parents' card with their spouse and children.
    const { motherAge } = card.couple(random.int(48, 72));
    const childAge = motherAge - random.int(19, 27);
    if (childAge < 21) return card.children(motherAge);
    const childSex: Sex = random.chance(0.5) ? 'MALE' : 'FEMALE';
    const child = card.add({
      relationship: 'CHILD',
      sex: childSex,
      age: childAge,
      marital: 'KAWIN',
      registration: 'born-here',
      lineage: head,
    });
    const gap = spouseGap.sample(random);
    const inLawAge = Math.max(19, childSex === 'MALE' ? childAge - gap : childAge + gap);
    const inLaw = card.add({
      relationship: 'CHILD_IN_LAW',
      sex: childSex === 'MALE' ? 'FEMALE' : 'MALE',
      age: inLawAge,
      marital: 'KAWIN',
      registration: 'elsewhere',
      lineage: own,
    });
    const father = childSex === 'MALE' ? child : inLaw;
    const grandMother = childSex === 'FEMALE' ? childAge : inLawAge;
    let age = grandMother - firstBirthAge.sample(random);
    for (let order = 0, count = random.int(1, 3); order < count && age >= 0; order += 1) {
      card.add({
        relationship: 'GRANDCHILD',
        sex: card.freeSex(0.525),
        age,
        marital: 'BELUM_KAWIN',
        birthOrder: order,
        registration: 'born-here',
        lineage: { kind: 'of', index: father },
      });
      age -= birthSpacing.sample(random);
    }
    card.children(motherAge, childAge - birthSpacing.sample(random), 1);
    return;
  }
  if (variant === 'grandchildren') {
    // Grandparents raising grandchildren whose parents work elsewhere.
    const { motherAge } = card.couple(random.int(50, 75));
    for (let i = 0, count = random.int(1, 2); i < count; i += 1) {
      card.add({
        relationship: 'GRANDCHILD',
        sex: card.freeSex(0.525),
        age: random.int(0, Math.max(0, Math.min(17, motherAge - 38))),
        marital: 'BELUM_KAWIN',
        birthOrder: i,
        registration: 'born-here',
        lineage: head,
      });
    }
    card.children(motherAge);
    return;
  }
  const { motherAge } = card.couple(random.int(28, 60));
  card.children(motherAge);
  const age = random.int(8, 35);
  card.add({
    relationship: 'OTHER_RELATIVE',
    sex: card.freeSex(0.6),
    age,
    marital: age >= 25 && random.chance(0.3) ? 'CERAI_HIDUP' : 'BELUM_KAWIN',
    registration: random.chance(0.6) ? 'elsewhere' : 'head',
    lineage: random.chance(0.5) ? head : own,
  });
}

/** One family card's members, the head first. */
export function composeFamily(random: Random, setting: HouseholdSetting): Member[] {
  const card = new Card(random, setting);
  const shape = shapes.sample(random);
  if (shape === 'single') single(card, random);
  else if (shape === 'married') married(card, random);
  else if (shape === 'singleParent') singleParent(card, random);
  else extended(card, random);
  const headAge = card.members[0].age;
  if (headAge >= 30 && headAge <= 75 && random.chance(HELPER_SHARE)) {
    const age = random.int(18, 55);
    card.add({
      relationship: 'HOUSEHOLD_HELPER',
      sex: random.chance(0.85) ? 'FEMALE' : 'MALE',
      age,
      marital: age < 25 || random.chance(0.5) ? 'BELUM_KAWIN' : random.pick(['CERAI_HIDUP', 'CERAI_MATI'] as const),
      registration: 'elsewhere',
      lineage: own,
      profile: random.chance(0.6) ? 'javanese' : 'sundanese',
    });
  }
  return card.members;
}
