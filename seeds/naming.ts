import type { NameProfile, Religion } from './distributions';
import { BALINESE_ORDER, CHRISTIAN, ISLAMIC, MODERN, POOLS } from './names';
import type { Random } from './prng';

/**
 * Composes full names from the pools in names.ts the way each tradition does: a clan or family name after the
 * given name(s) where the tradition has one, Balinese birth-order names for Hindu Balinese, one to three
 * personal names elsewhere (one name mostly among older Javanese).
 */

/** A family name for a new line (a family head, or someone who married in); undefined where the tradition has none. */
export function drawFamilyName(random: Random, profile: NameProfile): string | undefined {
  const pool = POOLS[profile];
  return pool.family.length > 0 ? random.pick(pool.family) : undefined;
}

interface NameRequest {
  sex: 'MALE' | 'FEMALE';
  religion: Religion;
  birthYear: number;
  /** 0 for the first-born: Balinese birth-order names. */
  birthOrder: number;
  /** The family name the person carries (from drawFamilyName), for traditions that have one. */
  familyName: string | undefined;
}

const CHRISTIAN_FAITHS: ReadonlySet<Religion> = new Set(['KRISTEN', 'KATOLIK']);

function givenName(random: Random, profile: NameProfile, request: NameRequest): string {
  const pool = POOLS[profile];
  const male = request.sex === 'MALE';
  const own = male ? pool.male : pool.female;
  // People of a faith other than their tradition's usually carry that faith's names.
  if (CHRISTIAN_FAITHS.has(request.religion) && pool.faith !== 'christian' && random.chance(0.7)) {
    return random.pick(male ? CHRISTIAN.male : CHRISTIAN.female);
  }
  if (request.religion === 'ISLAM' && pool.faith !== 'muslim') {
    return random.chance(0.75) ? random.pick(male ? ISLAMIC.male : ISLAMIC.female) : random.pick(own);
  }
  if (request.religion === 'ISLAM') {
    if (request.birthYear >= 1995 && random.chance(0.35)) return random.pick(male ? MODERN.male : MODERN.female);
    if (random.chance(0.2)) return random.pick(male ? ISLAMIC.male : ISLAMIC.female);
  }
  return random.pick(own);
}

/** Names that open a longer name and are not used alone ("Sri Wahyuni", "Tri Handoko", "Lalu Ahmad"). */
const NEVER_ALONE: ReadonlySet<string> = new Set([
  'Sri',
  'Tri',
  'Dwi',
  'Eko',
  'Nur',
  'Siti',
  'Sitti',
  'Ai',
  'Ade',
  'Dede',
  'Andi',
  'Lalu',
  'Baiq',
  'Muhammad',
  'Ahmad',
  'Abdul',
  'Nurul',
]);

/** Probability that someone goes by a single name: common among older Javanese, rarer with each generation. */
function singleNameChance(profile: NameProfile, birthYear: number): number {
  if (profile === 'javanese') return birthYear < 1965 ? 0.4 : birthYear < 1985 ? 0.18 : 0.05;
  if (profile === 'sundanese' || profile === 'bugis' || profile === 'sasak') return birthYear < 1970 ? 0.15 : 0.04;
  return 0.03;
}

function compose(random: Random, profile: NameProfile, request: NameRequest): string {
  const male = request.sex === 'MALE';
  if (request.religion === 'HINDU' && profile === 'balinese') {
    const order = random.pick(BALINESE_ORDER[request.sex][request.birthOrder % 4]);
    const pool = POOLS.balinese;
    const name = random.pick(male ? pool.male : pool.female);
    const extra = random.chance(0.25) ? ` ${random.pick(male ? pool.male : pool.female)}` : '';
    return `${male ? 'I' : 'Ni'} ${order} ${name}${extra}`;
  }
  // Buddhists and Konghucu outside a Chinese-named family are mostly Chinese-Indonesian all the same.
  if ((request.religion === 'BUDDHA' || request.religion === 'KONGHUCU') && profile !== 'chinese') {
    const given = random.pick(male ? POOLS.chinese.male : POOLS.chinese.female);
    return `${given} ${request.familyName ?? random.pick(POOLS.chinese.family)}`;
  }
  const pool = POOLS[profile];
  const given = givenName(random, profile, request);
  if (request.familyName !== undefined) {
    const middle = random.chance(0.3) ? ` ${random.pick(male ? pool.male : pool.female)}` : '';
    return `${given}${middle} ${request.familyName}`;
  }
  if (random.chance(singleNameChance(profile, request.birthYear)) && !NEVER_ALONE.has(given)) return given;
  // The second name is a typical surname-like name ("Santoso", "Rahmawati") or another personal name of the
  // tradition ("Bambang Sutrisno", "Dewi Suprihatin").
  const seconds = male ? pool.second.male : pool.second.female;
  const personal = male ? pool.male : pool.female;
  const second = random.pick(
    seconds.length === 0
      ? male
        ? ISLAMIC.second.male
        : ISLAMIC.second.female
      : random.chance(0.6)
        ? seconds
        : personal,
  );
  // Three names, often with an Arabic first name: "Muhammad Rizki Saputra", "Siti Nur Hasanah".
  if (request.religion === 'ISLAM' && random.chance(0.18)) {
    return `${random.pick(male ? ISLAMIC.male : ISLAMIC.female)} ${given} ${second}`;
  }
  return `${given} ${second}`;
}

/** Drops a repeated word ("Yusuf Ahmad Yusuf" becomes "Yusuf Ahmad"): no one is named twice over. */
function withoutRepeats(name: string): string {
  const words = name.split(' ');
  const kept = words.filter((word, i) => words.indexOf(word) === i);
  return kept.length === words.length ? name : kept.join(' ');
}

/** The personal name that must differ within a family: the first word, after Balinese prefix and birth order. */
function givenKey(name: string): string {
  const words = name.split(' ');
  return words[0] === 'I' || words[0] === 'Ni' ? words.slice(2).join(' ') : words[0];
}

/**
 * A full name in the tradition of the person's family, adjusted to their faith and generation. `family` holds
 * the given names already used on the card: a father and son are not both "Sahala Ginting".
 */
export function personName(random: Random, profile: NameProfile, request: NameRequest, family?: Set<string>): string {
  let name = withoutRepeats(compose(random, profile, request));
  for (let attempt = 0; attempt < 6 && family?.has(givenKey(name)); attempt += 1) {
    name = withoutRepeats(compose(random, profile, request));
  }
  family?.add(givenKey(name));
  return name;
}
