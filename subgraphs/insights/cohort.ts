import { createHash } from 'node:crypto';
import { inputError } from '../../schema/errors';
import { protect, type DisclosureSettings, type RawCell } from './disclosure';
import type { CohortFilter } from './entities/cohort.types';
import { AgeBand, CohortUnit, Dimension } from './entities/insights.enums';

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
 * The aggregate a cohort query runs on the projection, with its parameters (`?` placeholders; lists are passed
 * as one JSON parameter, so that every driver binds them alike). Exported for the benchmark.
 */
export function cohortSql(
  filter: Record<string, unknown>,
  groupBy: readonly Dimension[],
  unit: CohortUnit,
): { sql: string; params: unknown[] } {
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
  const columns = groupBy.map((dimension) => COLUMN[dimension]);
  const select = [...columns.map((c, i) => `${c}::text as d${i}`), 'count(*)::int as n', 'sum(record_key) as k'].join(
    ', ',
  );
  const filtered = where.length ? ` where ${where.join(' and ')}` : '';
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

/** A cohort as counted, before disclosure control, with the question's canonical signature. */
interface CountedCohort {
  groupBy: readonly Dimension[];
  cells: RawCell[];
  signature: string;
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
  const { sql, params } = cohortSql(canonical, groupBy, unit);
  const rows = await execute(sql, params);
  return {
    groupBy,
    cells: rows.map((row) => ({
      coordinates: Object.fromEntries(
        groupBy.map((dimension, i) => [dimension, (row[`d${i}`] as string | null) ?? '']),
      ),
      count: Number(row.n),
      keySum: Number(row.k),
    })),
    signature: JSON.stringify([unit, [...groupBy].sort(), canonical]),
  };
}

/**
 * Protects a counted cohort for publication: suppression of small cells and of the cells that would give them
 * away, and perturbation keyed by the people in each cell and by the question (see disclosure.ts).
 */
export function publishCohort(counted: CountedCohort, key: string, settings: DisclosureSettings): CohortAnswer {
  const { groupBy } = counted;
  const seed = createHash('sha256').update(`${key}:cohort:${counted.signature}`).digest().readUInt32BE(0) / 2 ** 32;
  const protectedTable = protect(counted.cells, groupBy, settings, seed);
  const share = (count: number | null) =>
    count === null || !protectedTable.total.count
      ? null
      : Math.round((count / protectedTable.total.count) * 10_000) / 10_000;
  return {
    cells: protectedTable.cells.map((cell) => ({
      coordinates: groupBy.map((dimension) => ({
        dimension,
        value: cell.coordinates[dimension] === '' ? null : cell.coordinates[dimension],
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
