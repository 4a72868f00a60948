// The public satisfaction survey (Survei Kepuasan Masyarakat, SKM) and its index (Indeks Kepuasan Masyarakat, IKM)
// as Peraturan Menteri PANRB Nomor 14 Tahun 2017 prescribes: nine elements (unsur) each answered with a score from
// 1 to 4, the average per element (nilai rata-rata, NRR), the weighted average with equal weights of 1/9, the index
// (sum of the weighted averages, 1 to 4), the converted index (index x 25, from 25 to 100) and the quality category
// (mutu pelayanan A to D) of the regulation's table.
//
// Arithmetic: the regulation writes the weight as 1/9 = 0.111; this module uses 1/9 itself. With 0.111 every
// weighted average and the index come out 0.1 % low (0.111 x 9 = 0.999): nine averages of 4 give 3.996 and a
// converted index of 99.90 instead of 4 and 100.00, and a survey whose exact index is 88.35 (A) would be reported
// 88.26 (B). From individual responses the figures are quotients of integers (total score over respondents), each
// computed with a single division, so no error accumulates before rounding.
//
// Categories: the regulation's table is written to 2 decimals on the converted scale (64.99 | 65.00, 76.60 | 76.61,
// 88.30 | 88.31) and its 1-4 scale is that table divided by 25 (2.5996 | 2.60, 3.064 | 3.0644, 3.532 | 3.5324). A
// value is classed by rounding its converted value (x 25) half up to 2 decimals, then reading the table: 64.994 is
// 64.99 (D), 64.995 is 65.00 (C); an element average of 3.0642 converts to 76.605, which is 76.61 (B).

/** The English key of an element, used as the field of a response. */
export type SkmKey =
  | 'requirements'
  | 'procedure'
  | 'completionTime'
  | 'fee'
  | 'product'
  | 'competence'
  | 'behaviour'
  | 'complaintHandling'
  | 'facilities';

/** The code of an element in the regulation's order, U1 to U9. */
export type SkmCode = 'U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9';

/** An answer: 1 not good (tidak baik/tidak sesuai) to 4 very good (sangat baik/sangat sesuai). */
export type SkmScore = 1 | 2 | 3 | 4;

/** One respondent's answers, one score for each of the nine elements. */
export type SkmScores = Readonly<Record<SkmKey, SkmScore>>;

/** An element (unsur) of the survey. */
export interface SkmElement {
  readonly code: SkmCode;
  readonly key: SkmKey;
  /** The regulation's name. */
  readonly nameId: string;
  /** The English name. */
  readonly name: string;
}

/** The nine elements in the order of the regulation's Lampiran. */
export const SKM_ELEMENTS: readonly SkmElement[] = Object.freeze([
  { code: 'U1', key: 'requirements', nameId: 'Persyaratan', name: 'Requirements' },
  {
    code: 'U2',
    key: 'procedure',
    nameId: 'Sistem, Mekanisme, dan Prosedur',
    name: 'System, mechanism and procedure',
  },
  { code: 'U3', key: 'completionTime', nameId: 'Waktu Penyelesaian', name: 'Completion time' },
  { code: 'U4', key: 'fee', nameId: 'Biaya/Tarif', name: 'Fee' },
  {
    code: 'U5',
    key: 'product',
    nameId: 'Produk Spesifikasi Jenis Pelayanan',
    name: 'Product specification of the service type',
  },
  { code: 'U6', key: 'competence', nameId: 'Kompetensi Pelaksana', name: 'Staff competence' },
  { code: 'U7', key: 'behaviour', nameId: 'Perilaku Pelaksana', name: 'Staff behaviour' },
  {
    code: 'U8',
    key: 'complaintHandling',
    nameId: 'Penanganan Pengaduan, Saran dan Masukan',
    name: 'Handling of complaints, suggestions and feedback',
  },
  { code: 'U9', key: 'facilities', nameId: 'Sarana dan Prasarana', name: 'Facilities and infrastructure' },
] as const);

/** The weight of each element in the index: equal weights, 1/9 each. */
export const SKM_ELEMENT_WEIGHT = 1 / SKM_ELEMENTS.length;

/** The factor from the 1-4 scale to the converted 25-100 scale. */
export const IKM_CONVERSION_FACTOR = 25;

/** Service quality (mutu pelayanan) A to D. */
export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/** A row of the regulation's category table, with its bounds on both scales. */
export interface IkmCategory {
  readonly grade: IkmGrade;
  /** The performance of the service unit (kinerja unit pelayanan) as the regulation writes it. */
  readonly nameId: string;
  readonly name: string;
  /** Bounds of the converted value, 25.00 to 100.00, as the table writes them. */
  readonly min: number;
  readonly max: number;
  /** Bounds on the 1-4 scale (nilai interval), as the table writes them. */
  readonly minScale: number;
  readonly maxScale: number;
}

/** The regulation's category table, best first. */
export const IKM_CATEGORIES: readonly IkmCategory[] = Object.freeze([
  { grade: 'A', nameId: 'Sangat baik', name: 'very good', min: 88.31, max: 100, minScale: 3.5324, maxScale: 4 },
  { grade: 'B', nameId: 'Baik', name: 'good', min: 76.61, max: 88.3, minScale: 3.0644, maxScale: 3.532 },
  { grade: 'C', nameId: 'Kurang baik', name: 'fair', min: 65, max: 76.6, minScale: 2.6, maxScale: 3.064 },
  { grade: 'D', nameId: 'Tidak baik', name: 'poor', min: 25, max: 64.99, minScale: 1, maxScale: 2.5996 },
] as const);

/** An element's figures: its average, weighted average and converted average, raw and to 2 decimals. */
export interface IkmElementFigures extends SkmElement {
  /** The average score (NRR per unsur), 1 to 4. */
  readonly average: number;
  readonly averageRounded: number;
  /** The average times the weight 1/9 (NRR tertimbang). */
  readonly weighted: number;
  readonly weightedRounded: number;
  /** The average times 25, 25 to 100. */
  readonly converted: number;
  readonly convertedRounded: number;
  readonly category: IkmCategory;
}

/** The index of a survey. */
export interface IkmFigures {
  /** The nine elements in the regulation's order. */
  readonly elements: readonly IkmElementFigures[];
  /** The index: the sum of the weighted averages, 1 to 4 (IKM unit pelayanan). */
  readonly index: number;
  readonly indexRounded: number;
  /** The index times 25, 25 to 100 (nilai konversi). */
  readonly converted: number;
  readonly convertedRounded: number;
  readonly category: IkmCategory;
}

/** An element's figures computed from responses, with the total of its scores. */
export interface IkmElementResult extends IkmElementFigures {
  /** The sum of the element's scores over all respondents. */
  readonly total: number;
}

/** The index computed from responses. */
export interface IkmResult extends IkmFigures {
  readonly respondents: number;
  readonly elements: readonly IkmElementResult[];
}

/**
 * `value` rounded half up to `digits` decimals. The value is first read to 12 significant digits, so that a product
 * such as 3.0642 x 25, stored as 76.60499999999999, rounds as the 76.605 it stands for.
 */
function roundHalfUp(value: number, digits: number): number {
  const clean = Number(value.toPrecision(12));
  return Number(`${Math.round(Number(`${clean}e${digits}`))}e-${digits}`);
}

/** A value rounded half up to 2 decimals, as the figures of an SKM report are shown. */
export function roundIkm(value: number): number {
  return roundHalfUp(value, 2);
}

function categoryOfConverted(converted: number): IkmCategory {
  const rounded = roundIkm(converted);
  return IKM_CATEGORIES.find((category) => rounded >= category.min) ?? IKM_CATEGORIES[IKM_CATEGORIES.length - 1];
}

/**
 * The category of a converted value, 25 to 100 (an index times 25): the value is rounded half up to 2 decimals and
 * read in the regulation's table, so 64.99 is D, 65.00 is C, 76.60 is C, 76.61 is B, 88.30 is B and 88.31 is A. A
 * RangeError for a value that is not a number from 25 to 100.
 */
export function classifyIkm(converted: number): IkmCategory {
  if (!Number.isFinite(converted) || converted < 25 || converted > 100) {
    throw new RangeError(`a converted IKM must be a number from 25 to 100, not ${String(converted)}`);
  }
  return categoryOfConverted(converted);
}

/**
 * The category of a value on the 1-4 scale (an element's average or the index): the value times 25, read as
 * classifyIkm reads it. This is the regulation's 1-4 table (1.00-2.5996 D, 2.60-3.064 C, 3.0644-3.532 B,
 * 3.5324-4.00 A), with a value between two of its rows classed by its converted value rounded to 2 decimals. A
 * RangeError for a value that is not a number from 1 to 4.
 */
export function classifyScale(value: number): IkmCategory {
  if (!Number.isFinite(value) || value < 1 || value > 4) {
    throw new RangeError(`a value on the 1-4 scale must be a number from 1 to 4, not ${String(value)}`);
  }
  return categoryOfConverted(value * IKM_CONVERSION_FACTOR);
}

function label(element: SkmElement): string {
  return `${element.code} ${element.nameId} (${element.key})`;
}

function elementFigures(element: SkmElement, average: number, weighted: number, converted: number): IkmElementFigures {
  return {
    ...element,
    average,
    averageRounded: roundIkm(average),
    weighted,
    weightedRounded: roundIkm(weighted),
    converted,
    convertedRounded: roundIkm(converted),
    category: categoryOfConverted(converted),
  };
}

/** A value as an error message shows it: strings quoted, anything else as String writes it. */
function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const KEYS: ReadonlySet<string> = new Set(SKM_ELEMENTS.map((element) => element.key));

/** A RangeError unless `response` is an object with exactly the nine keys, each an integer score from 1 to 4. */
function checkResponse(response: unknown, position: number): asserts response is SkmScores {
  const where = `response ${position + 1}`;
  if (typeof response !== 'object' || response === null || Array.isArray(response)) {
    throw new RangeError(`${where} must be an object with a score for each of the nine SKM elements`);
  }
  const answers = response as Record<string, unknown>;
  for (const element of SKM_ELEMENTS) {
    if (!Object.hasOwn(answers, element.key) || answers[element.key] === undefined) {
      throw new RangeError(`${where} does not answer ${label(element)}; every element needs a score from 1 to 4`);
    }
    const score = answers[element.key];
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 4) {
      throw new RangeError(`${where} scores ${label(element)} ${show(score)}; a score is an integer from 1 to 4`);
    }
  }
  const unknown = Object.keys(answers).find((key) => !KEYS.has(key));
  if (unknown !== undefined) {
    throw new RangeError(`${where} has ${JSON.stringify(unknown)}, which is not one of the nine SKM elements`);
  }
}

/**
 * The index of a survey from its responses, each of which answers all nine elements with an integer score from 1
 * to 4: per element the total, the average (total / respondents), the weighted average (average / 9) and the
 * converted average (average x 25); the index (sum of the weighted averages), the converted index (index x 25) and
 * their categories. Every figure comes raw and rounded half up to 2 decimals. Without responses there is no index:
 * the result is null. A RangeError, naming the response and the element, for a response that leaves an element
 * out, scores one with anything but an integer from 1 to 4, or has a key that is not an element.
 */
export function computeIkm(responses: readonly SkmScores[]): IkmResult | null {
  responses.forEach((response, position) => checkResponse(response, position));
  const totals = Object.fromEntries(
    SKM_ELEMENTS.map((element) => [element.key, responses.reduce((sum, response) => sum + response[element.key], 0)]),
  ) as Record<SkmKey, number>;
  return ikmFromTotals(totals, responses.length);
}

/**
 * The index from each element's total score over `respondents` valid responses (as a database sums them): the
 * figures of computeIkm, each one division of integers. Null without respondents.
 */
export function ikmFromTotals(totals: Readonly<Record<SkmKey, number>>, respondents: number): IkmResult | null {
  if (respondents === 0) return null;
  const count = SKM_ELEMENTS.length;
  let grandTotal = 0;
  const elements = SKM_ELEMENTS.map((element): IkmElementResult => {
    const total = totals[element.key];
    grandTotal += total;
    const figures = elementFigures(
      element,
      total / respondents,
      total / (count * respondents),
      (IKM_CONVERSION_FACTOR * total) / respondents,
    );
    return { ...figures, total };
  });
  const index = grandTotal / (count * respondents);
  const converted = (IKM_CONVERSION_FACTOR * grandTotal) / (count * respondents);
  return {
    respondents,
    elements,
    index,
    indexRounded: roundIkm(index),
    converted,
    convertedRounded: roundIkm(converted),
    category: categoryOfConverted(converted),
  };
}

/**
 * The index from the nine elements' averages (as a published report gives them), each a number from 1 to 4. The
 * figures are those of computeIkm without totals or respondents. A RangeError, naming the element, for an average
 * that is missing or not a number from 1 to 4, or for a key that is not an element.
 */
export function ikmFromAverages(averages: Readonly<Record<SkmKey, number>>): IkmFigures {
  const given = averages as Readonly<Record<string, unknown>>;
  for (const element of SKM_ELEMENTS) {
    const average = given[element.key];
    if (typeof average !== 'number' || !Number.isFinite(average) || average < 1 || average > 4) {
      throw new RangeError(`the average of ${label(element)} must be a number from 1 to 4, not ${show(average)}`);
    }
  }
  const unknown = Object.keys(given).find((key) => !KEYS.has(key));
  if (unknown !== undefined) {
    throw new RangeError(`${JSON.stringify(unknown)} is not one of the nine SKM elements`);
  }
  const elements = SKM_ELEMENTS.map((element) => {
    const average = averages[element.key];
    return elementFigures(element, average, average / SKM_ELEMENTS.length, average * IKM_CONVERSION_FACTOR);
  });
  const sum = elements.reduce((total, element) => total + element.average, 0);
  const index = sum / SKM_ELEMENTS.length;
  const converted = (sum * IKM_CONVERSION_FACTOR) / SKM_ELEMENTS.length;
  return {
    elements,
    index,
    indexRounded: roundIkm(index),
    converted,
    convertedRounded: roundIkm(converted),
    category: categoryOfConverted(converted),
  };
}
