import { inputError } from '../../schema/errors';
import { KEY_SCALE, protect, type DisclosureSettings, type RawCell } from './disclosure';
import type { CohortFilter } from './entities/cohort.types';
import { AgeBand, BpjsSegment, CohortUnit, Dimension, Sex } from './entities/insights.enums';

type Execute = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const COLUMN: Record<Dimension, string> = {
  [Dimension.PROVINCE]: 'province_code',
  [Dimension.REGENCY]: 'regency_code',
  [Dimension.SEX]: 'sex',
  [Dimension.AGE_BAND]: 'age_band',
  [Dimension.DECILE]: 'welfare_decile',
  [Dimension.BPJS_SEGMENT]: 'bpjs_segment',
};

/** Tables wider than this are refused: more dimensions mean smaller cells, which is where people hide. */
const MAX_DIMENSIONS = 3;

/** Tables with more cells than this are refused (every regency by sex and age band is 7,196). */
export const MAX_CELLS = 10_000;

const sorted = <T>(values: readonly T[] | null | undefined): T[] | undefined =>
  values && values.length > 0 ? [...new Set(values)].sort() : undefined;

/**
 * The filter in one canonical form: what is left out and what always holds dropped, lists sorted and deduplicated.
 * Two ways of writing the same cohort give the same form, hence the same seed and the same numbers.
 */
export function canonicalFilter(filter: CohortFilter): Record<string, unknown> {
  const region = filter.regionPrefix?.trim() || undefined;
  if (region && !/^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2})?)?$/.test(region))
    throw inputError('regionPrefix must be a Kemendagri province (PP), regency (PP.RR) or district (PP.RR.SS) code');
  const decileMin = filter.decileMin ?? undefined;
  const decileMax = filter.decileMax ?? undefined;
  for (const [name, value] of [
    ['decileMin', decileMin],
    ['decileMax', decileMax],
  ] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 10))
      throw inputError(`${name} must be a decile from 1 to 10`);
  }
  if (decileMin !== undefined && decileMax !== undefined && decileMin > decileMax)
    throw inputError('decileMin must not be above decileMax');
  const deciles = decileMin === undefined && decileMax === undefined ? undefined : [decileMin ?? 1, decileMax ?? 10];
  // Every age band listed is no condition at all (everyone has one).
  const ageBands = sorted(filter.ageBands);
  const canonical: Record<string, unknown> = {
    region,
    sex: filter.sex ?? undefined,
    ageBands: ageBands && ageBands.length === Object.keys(AgeBand).length ? undefined : ageBands,
    deciles,
    eligibleFor: sorted(filter.eligibleFor),
    bpjsSegments: sorted(filter.bpjsSegments),
    bpjsActive: filter.bpjsActive ?? undefined,
    npwpStatuses: sorted(filter.npwpStatuses),
    licences: sorted(filter.licences),
  };
  return Object.fromEntries(Object.entries(canonical).filter(([, value]) => value !== undefined));
}

/**
 * Who is in the cohort, as one SQL condition on `insights.person` with its parameters (`?` placeholders; lists
 * are passed as one JSON parameter, so that every driver binds them alike). `true` for everybody.
 */
export function cohortCondition(filter: Record<string, unknown>, unit: CohortUnit): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return '?';
  };
  const oneOf = (values: unknown) => `in (select jsonb_array_elements_text(${param(JSON.stringify(values))}::jsonb))`;
  if (unit === CohortUnit.HOUSEHOLD) where.push('is_head and household_key is not null');
  const region = filter.region as string | undefined;
  if (region) {
    const level = region.length === 2 ? 'province_code' : region.length === 5 ? 'regency_code' : 'district_code';
    where.push(`${level} = ${param(region)}`);
  }
  if (filter.sex) where.push(`sex = ${param(filter.sex)}`);
  if (filter.ageBands) where.push(`age_band ${oneOf(filter.ageBands)}`);
  if (filter.deciles) {
    const [min, max] = filter.deciles as number[];
    where.push(`welfare_decile between ${param(min)} and ${param(max)}`);
  }
  for (const programme of (filter.eligibleFor as string[] | undefined) ?? [])
    where.push(programme === 'PKH' ? 'pkh' : programme === 'BPNT' ? 'bpnt' : 'pbi_jk');
  if (filter.bpjsSegments) where.push(`bpjs_segment ${oneOf(filter.bpjsSegments)}`);
  if (filter.bpjsActive !== undefined) where.push(filter.bpjsActive ? 'bpjs_active' : 'not bpjs_active');
  if (filter.npwpStatuses) where.push(`npwp_status ${oneOf(filter.npwpStatuses)}`);
  if (filter.licences) {
    const held = (filter.licences as string[]).map((l) =>
      l === 'STR' ? 'has_str' : l === 'SIP' ? 'has_sip' : 'has_nib',
    );
    where.push(`(${held.join(' or ')})`);
  }
  return { sql: where.length ? where.join(' and ') : 'true', params };
}

/** The aggregate a cohort query runs on the projection, with its parameters. Exported for the benchmark. */
export function cohortSql(
  filter: Record<string, unknown>,
  groupBy: readonly Dimension[],
  unit: CohortUnit,
): { sql: string; params: unknown[] } {
  const { sql: condition, params } = cohortCondition(filter, unit);
  const columns = groupBy.map((dimension) => COLUMN[dimension]);
  // The record keys summed as 32-bit integers modulo 2^32: exact, whatever order the rows are added in.
  const keys = `(sum((record_key * ${KEY_SCALE})::bigint) % ${KEY_SCALE})::bigint as k`;
  const select = [...columns.map((c, i) => `${c}::text as d${i}`), 'count(*)::int as n', keys].join(', ');
  const filtered = condition === 'true' ? '' : ` where ${condition}`;
  const grouped = columns.length ? ` group by ${columns.join(', ')} order by ${columns.join(', ')}` : '';
  return { sql: `select ${select} from insights.person${filtered}${grouped}`, params };
}

interface CohortAnswer {
  cells: {
    coordinates: { dimension: Dimension; value: string | null }[];
    count: number | null;
    share: number | null;
    suppressed: string | null;
  }[];
  total: { coordinates: never[]; count: number | null; share: number | null; suppressed: string | null };
}

/** A cohort as counted, before disclosure control: every cell the question could hold, empty ones included. */
export interface CountedCohort {
  /** The filter in canonical form, and the unit: who the cohort is. */
  filter: Record<string, unknown>;
  unit: CohortUnit;
  groupBy: readonly Dimension[];
  cells: RawCell[];
}

/** The value of a cell whose people have none on a dimension (no surveyed household, no JKN membership). */
const NONE = '';

/**
 * The region codes anybody in the projection has at this level, under the prefix: the places a table can hold.
 * Which places people live in is no secret, and it does not depend on the question. Read from the regencies
 * listed with the projection (a few hundred rows), not from the people.
 */
async function regionsUnder(
  execute: Execute,
  column: 'province_code' | 'regency_code',
  prefix = '',
): Promise<string[]> {
  const code = column === 'province_code' ? 'substr(code, 1, 2)' : 'code';
  const rows = await execute(
    `select distinct ${code} as code from insights.regency where code >= ? and code < ? order by 1`,
    [prefix ? `${prefix}.` : '', prefix ? `${prefix}/` : '~'],
  );
  return rows.map((row) => String(row.code));
}

/**
 * The values a dimension can take in this question. A value the filter itself rules out (the other sex when
 * the filter names one, deciles outside the range, a region outside the prefix, no household for households)
 * is a structural zero: the question already says nobody is there, so it is left out. Every other value is in
 * the table, whether anybody has it or not.
 */
async function domainOf(
  execute: Execute,
  dimension: Dimension,
  filter: Record<string, unknown>,
  unit: CohortUnit,
): Promise<string[]> {
  const region = filter.region as string | undefined;
  switch (dimension) {
    case Dimension.PROVINCE:
      return region ? [region.slice(0, 2)] : regionsUnder(execute, 'province_code');
    case Dimension.REGENCY:
      return region && region.length >= 5 ? [region.slice(0, 5)] : regionsUnder(execute, 'regency_code', region);
    case Dimension.SEX:
      return filter.sex ? [filter.sex as string] : Object.values(Sex);
    case Dimension.AGE_BAND:
      return (filter.ageBands as string[] | undefined) ?? Object.values(AgeBand);
    case Dimension.DECILE: {
      const [min, max] = (filter.deciles as number[] | undefined) ?? [1, 10];
      const deciles = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
      // Households always have a decile; people outside any surveyed household have none.
      return filter.deciles || unit === CohortUnit.HOUSEHOLD ? deciles : [...deciles, NONE];
    }
    case Dimension.BPJS_SEGMENT:
      return (filter.bpjsSegments as string[] | undefined) ?? [...Object.values(BpjsSegment), NONE];
  }
}

/** Every combination of the dimensions' values, in the order of the values. */
function combinations(domains: readonly string[][]): string[][] {
  return domains.reduce<string[][]>((rows, values) => rows.flatMap((row) => values.map((v) => [...row, v])), [[]]);
}

/** Checks the question and counts the cohort on the projection (one aggregate statement). */
export async function countCohort(
  execute: Execute,
  filter: CohortFilter,
  groupBy: readonly Dimension[],
  unit: CohortUnit,
): Promise<CountedCohort> {
  if (new Set(groupBy).size !== groupBy.length) throw inputError('groupBy names a dimension twice');
  if (groupBy.length > MAX_DIMENSIONS) throw inputError(`groupBy takes at most ${MAX_DIMENSIONS} dimensions`);
  const canonical = canonicalFilter(filter);
  const domains = await Promise.all(groupBy.map((dimension) => domainOf(execute, dimension, canonical, unit)));
  const size = domains.reduce((product, values) => product * values.length, 1);
  if (size > MAX_CELLS)
    throw inputError(
      `the table would have ${size.toLocaleString('en-US')} cells, at most ${MAX_CELLS.toLocaleString('en-US')}: ` +
        'group by fewer dimensions or narrow regionPrefix',
    );
  const { sql, params } = cohortSql(canonical, groupBy, unit);
  const rows = await execute(sql, params);
  const counted = new Map(
    rows.map((row) => [
      JSON.stringify(groupBy.map((_, i) => (row[`d${i}`] as string | null) ?? NONE)),
      { count: Number(row.n), keySum: Number(row.k) },
    ]),
  );
  const cells = combinations(domains).map((values) => {
    const key = JSON.stringify(values);
    const found = counted.get(key);
    counted.delete(key);
    return {
      coordinates: Object.fromEntries(groupBy.map((dimension, i) => [dimension, values[i]])),
      count: found?.count ?? 0,
      keySum: found?.keySum ?? 0,
    };
  });
  // Nobody should be outside the domains; if the data says otherwise, they are counted, not dropped.
  for (const [key, found] of counted) {
    const values = JSON.parse(key) as string[];
    cells.push({ coordinates: Object.fromEntries(groupBy.map((d, i) => [d, values[i]])), ...found });
  }
  return { filter: canonical, unit, groupBy, cells };
}

/**
 * Protects a counted cohort for publication: suppression of small and empty cells and of the cells that would
 * give them away, and perturbation keyed by the people in each cell (see disclosure.ts).
 */
export function publishCohort(counted: CountedCohort, settings: DisclosureSettings): CohortAnswer {
  const { groupBy } = counted;
  const protectedTable = protect(counted.cells, groupBy, settings);
  const share = (count: number | null) =>
    count === null || !protectedTable.total.count
      ? null
      : Math.round((count / protectedTable.total.count) * 10_000) / 10_000;
  return {
    cells: protectedTable.cells.map((cell) => ({
      coordinates: groupBy.map((dimension) => ({
        dimension,
        value: cell.coordinates[dimension] === NONE ? null : cell.coordinates[dimension],
      })),
      count: cell.count,
      share: share(cell.count),
      suppressed: cell.suppressed,
    })),
    total: {
      coordinates: [],
      count: protectedTable.total.count,
      share: protectedTable.total.count === null ? null : 1,
      suppressed: protectedTable.total.suppressed,
    },
  };
}
