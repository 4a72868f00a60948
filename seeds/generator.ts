import { Culture } from './culture';
import { LARGER_FAMILY_PROVINCES, sexRatio, type Education, type Religion } from './distributions';
import { Geography, type DistrictPlace } from './geography';
import { composeFamily, type Marital, type Member, type Relationship, type Sex } from './household';
import { education, occupation, schoolingFor } from './livelihood';
import { drawFamilyName, personName } from './naming';
import { Random } from './prng';

/**
 * The synthetic population: family cards (KK) and the citizens on them, drawn deterministically from a seed
 * and streamed in batches. Nothing depends on when it runs: everyone is born, and every card issued, before
 * REFERENCE_DATE.
 */
export const REFERENCE_DATE = '2026-01-01';
/** The last year anyone is born or a card issued; a person's age on REFERENCE_DATE is this minus their birth year. */
export const REFERENCE_YEAR = 2025;

export type { Marital, Relationship, Sex } from './household';

export interface FamilyRow {
  kk: string;
  /** ISO date the card was recorded (the date in the KK number). */
  issuedOn: string;
}

export interface CitizenRow {
  nik: string;
  fullName: string;
  sex: Sex;
  birthPlace: string;
  birthDate: string;
  religion: Religion;
  maritalStatus: Marital;
  occupation: string;
  education: Education;
  citizenship: 'WNI' | 'WNA';
  street: string;
  rt: string;
  rw: string;
  villageCode: string;
  familyKk: string;
  familyRelationship: Relationship;
}

/** Whole families: each family's citizens follow one another, in the order of `families`. */
export interface PopulationBatch {
  families: FamilyRow[];
  citizens: CitizenRow[];
}

interface GenerateOptions {
  /** Exactly this many citizens are produced (the last family may be cut short to fit). */
  citizens: number;
  seed: string | number;
  /** Citizens per yielded batch, approximately (families are not split). Default 10,000. */
  batchSize?: number;
}

/** Families whose head was first registered in another district (moved since); 60% within the province. */
const MIGRANT_FAMILY_SHARE = 0.1;
/** People born in a regency other than the one of their first registration (born in a hospital elsewhere). */
const BORN_ELSEWHERE_SHARE = 0.07;
const STREETS = [
  'Merdeka',
  'Sudirman',
  'Diponegoro',
  'Melati',
  'Mawar',
  'Kenanga',
  'Flamboyan',
  'Cempaka',
  'Anggrek',
  'Pahlawan',
  'Veteran',
  'Pemuda',
  'Kartini',
  'Gajah Mada',
  'Hasanuddin',
  'Pattimura',
  'Siliwangi',
  'Imam Bonjol',
  'Teuku Umar',
  'Ahmad Yani',
  'Raya',
  'Nusantara',
  'Cendana',
  'Kamboja',
  'Dahlia',
  'Masjid',
  'Pasar',
  'Sekolah',
  'Kebun',
  'Mangga',
  'Rambutan',
  'Durian',
  'Kelapa',
  'Sawo',
  'Nangka',
  'Bougenville',
  'Teratai',
  'Cemara',
  'Beringin',
  'Puskesmas',
];
const HAMLETS = [
  'Krajan',
  'Sukamaju',
  'Mekarsari',
  'Sidomulyo',
  'Karanganyar',
  'Sukajadi',
  'Tanjung',
  'Kampung Baru',
  'Sumberrejo',
  'Margamulya',
  'Tegalsari',
  'Bojong',
  'Cikaret',
  'Lempong',
  'Pasir',
  'Sidodadi',
  'Sukamulya',
  'Mulyorejo',
  'Wonosari',
  'Purwosari',
  'Kebonagung',
  'Sumbersari',
  'Jatirejo',
  'Sukarame',
  'Babakan',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** Days since 1900-01-01: with the district index, a compact numeric key for the serial counters. */
const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000 + 25_567;

/**
 * NIK and KK serials, counted per district and date (and sex, for NIKs, whose date carries +40 for women) as
 * Dukcapil does. Numeric keys keep a million-citizen run in a few tens of megabytes.
 */
class Serials {
  private readonly counters = new Map<number, number>();

  next(key: number): string {
    const serial = (this.counters.get(key) ?? 0) + 1;
    if (serial > 9999) throw new Error('NIK/KK serials exhausted for one district and date');
    this.counters.set(key, serial);
    return pad(serial, 4);
  }
}

interface State {
  random: Random;
  geography: Geography;
  culture: Culture;
  niks: Serials;
  kks: Serials;
}

/**
 * Generates the population family by family and yields it in batches, so any size streams in near-constant
 * memory (only the serial counters grow).
 */
export function* generatePopulation(options: GenerateOptions): Generator<PopulationBatch> {
  const { citizens: total } = options;
  const batchSize = options.batchSize ?? 10_000;
  if (!Number.isInteger(total) || total < 0) throw new RangeError('citizens must be a whole number of 0 or more');
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError('batchSize must be a whole number of 1 or more');
  const state: State = {
    random: new Random(options.seed),
    geography: new Geography(),
    culture: new Culture(),
    niks: new Serials(),
    kks: new Serials(),
  };
  let produced = 0;
  let batch: PopulationBatch = { families: [], citizens: [] };
  while (produced < total) {
    const family = generateFamily(state, total - produced);
    batch.families.push(family.family);
    for (const citizen of family.citizens) batch.citizens.push(citizen);
    produced += family.citizens.length;
    if (batch.citizens.length >= batchSize) {
      yield batch;
      batch = { families: [], citizens: [] };
    }
  }
  if (batch.citizens.length > 0) yield batch;
}

/** A district other than the family's: within the province mostly, else anywhere by population. */
function elsewhere(state: State, provinceCode: string): DistrictPlace {
  const { random, geography } = state;
  return geography.district(random, random.chance(0.6) ? provinceCode : geography.province(random));
}

function randomDate(random: Random, year: number): [number, number, number] {
  const month = random.int(1, 12);
  return [year, month, random.int(1, daysIn(year, month))];
}

function address(random: Random, home: DistrictPlace): Pick<CitizenRow, 'villageCode' | 'street' | 'rt' | 'rw'> {
  const villageCode = random.pick(home.villages);
  // Village codes starting with 1 are kelurahan (urban): street addresses; desa often use the hamlet (dusun).
  const urban = villageCode[9] === '1';
  const street =
    urban || random.chance(0.3)
      ? `Jl. ${random.pick(STREETS)} No. ${random.int(1, 150)}`
      : `Dusun ${random.pick(HAMLETS)}`;
  return { villageCode, street, rt: pad(random.int(1, 15), 3), rw: pad(random.int(1, 10), 3) };
}

function generateFamily(state: State, room: number): { family: FamilyRow; citizens: CitizenRow[] } {
  const { random, geography, culture } = state;
  const province = geography.province(random);
  const home = geography.district(random, province);
  const migrant = random.chance(MIGRANT_FAMILY_SHARE);
  const origin = migrant ? elsewhere(state, province) : home;
  const religion = culture.religion(random, province);
  const profile = culture.profile(random, province, religion);
  const members: Member[] = composeFamily(random, {
    sexRatio: sexRatio(province),
    largerFamilies: LARGER_FAMILY_PROVINCES.has(province),
  }).slice(0, room);

  // The card is recorded after the head turned 18 (every head is 19 or older) and, for a family that moved,
  // when it arrived: children born before that were first registered where the family came from.
  const [issuedYear, issuedMonth, issuedDay] = randomDate(
    random,
    random.int(Math.max(2006, REFERENCE_YEAR - members[0].age + 18), REFERENCE_YEAR),
  );
  const kkSerial = state.kks.next(home.index * 100_000 + dayNumber(issuedYear, issuedMonth, issuedDay));
  const kk = `${home.digits}${pad(issuedDay)}${pad(issuedMonth)}${pad(issuedYear % 100)}${kkSerial}`;
  const place = address(random, home);
  const headLine = drawFamilyName(random, profile);
  const familyNames: (string | undefined)[] = [];
  const givenNames = new Set<string>();

  const citizens = members.map((member, i): CitizenRow => {
    const [year, month, day] = randomDate(random, REFERENCE_YEAR - member.age);
    // A live-in helper comes from the region of their own naming tradition (Central or West Java).
    const helperFrom = member.profile === undefined ? undefined : member.profile === 'sundanese' ? '32' : '33';
    const registeredIn = helperFrom
      ? geography.district(random, helperFrom)
      : member.registration === 'head'
        ? origin
        : member.registration === 'elsewhere'
          ? elsewhere(state, province)
          : migrant && year < issuedYear
            ? origin
            : home;
    const female = member.sex === 'FEMALE';
    const nikKey = (registeredIn.index * 100_000 + dayNumber(year, month, day)) * 2 + (female ? 1 : 0);
    const birthDigits = `${pad(female ? day + 40 : day)}${pad(month)}${pad(year % 100)}`;
    const nik = `${registeredIn.digits}${birthDigits}${state.niks.next(nikKey)}`;

    const marriedIn = member.lineage.kind === 'own' && member.relationship !== 'HOUSEHOLD_HELPER';
    const ownReligion = helperFrom
      ? culture.religion(random, helperFrom)
      : marriedIn && random.chance(0.02)
        ? culture.religion(random, province)
        : religion;
    const ownProfile =
      member.profile ?? (ownReligion === religion ? profile : culture.profile(random, province, ownReligion));
    const familyName =
      member.lineage.kind === 'head'
        ? headLine
        : member.lineage.kind === 'own'
          ? drawFamilyName(random, ownProfile)
          : familyNames[member.lineage.index];
    familyNames.push(familyName);

    const job = occupation(random, member.sex, member.age, member.relationship);
    return {
      nik,
      fullName: personName(
        random,
        ownProfile,
        { sex: member.sex, religion: ownReligion, birthYear: year, birthOrder: member.birthOrder, familyName },
        givenNames,
      ),
      sex: member.sex,
      birthPlace: random.chance(BORN_ELSEWHERE_SHARE)
        ? geography.otherPlace(random, registeredIn.provinceCode)
        : registeredIn.placeName,
      birthDate: `${year}-${pad(month)}-${pad(day)}`,
      religion: ownReligion,
      maritalStatus: member.marital,
      occupation: job,
      education: schoolingFor(job, education(random, member.age)),
      // A few foreign spouses hold a KITAP and so a NIK on their family's card.
      citizenship: marriedIn && i > 0 && random.chance(0.003) ? 'WNA' : 'WNI',
      ...place,
      familyKk: kk,
      familyRelationship: member.relationship,
    };
  });
  return { family: { kk, issuedOn: `${issuedYear}-${pad(issuedMonth)}-${pad(issuedDay)}` }, citizens };
}
