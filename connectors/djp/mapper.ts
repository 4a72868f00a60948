import { checkNik } from '../../schema/scalars/identity-number';
import { checkNpwp } from '../../schema/scalars/npwp';
import { FilingStatus, MatchingStatus, SptForm, TaxpayerStatus } from '../../subgraphs/tax/entities/tax.enums';
import { bad, type MapContext, type Mapped, type SourceRecord } from '../core/connector';
import type { JsonLine } from '../core/files';
import type { RowsRecord } from '../core/upsert';
import { FILING, TAXPAYER } from './tables';
import { isDateTime, isObject, isRealDate } from '../core/values';

const OFFICE_CODE = /^[0-9]{3}$/;
/** The income-tax law (UU 7/1983) took effect in 1984: no annual return is older. */
const FIRST_TAX_YEAR = 1984;

/**
 * A closed set of values and the quarantine reason naming it, from the enum the subgraph (and the check constraint)
 * uses.
 */
function oneOf(field: string, values: Record<string, string>) {
  const allowed: ReadonlySet<string> = new Set(Object.values(values));
  return {
    has: (value: unknown): value is string => typeof value === 'string' && allowed.has(value),
    reason: `${field} must be one of ${[...allowed].join(', ')}`,
  };
}

const STATUS = oneOf('status', TaxpayerStatus);
const MATCHING = oneOf('matchingStatus', MatchingStatus);
const FORM = oneOf('filings form', SptForm);
const FILING_STATUS = oneOf('filings status', FilingStatus);

/** The returns as `tax.filing` rows, or why the list is refused (the whole taxpayer is quarantined then). */
function filingRows(npwp: string, filings: unknown, lastYear: number): (string | null)[][] | { reason: string } {
  if (!Array.isArray(filings)) return { reason: 'filings must be a list (empty when there are none)' };
  const rows: (string | null)[][] = [];
  const years = new Set<number>();
  for (const filing of filings) {
    if (!isObject(filing)) return { reason: 'filings entry is not an object' };
    const { year, form, status, filedOn } = filing;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_TAX_YEAR || year > lastYear) {
      return { reason: `filings year must be a whole year from ${FIRST_TAX_YEAR} to next year` };
    }
    if (!FORM.has(form)) return { reason: FORM.reason };
    if (!FILING_STATUS.has(status)) return { reason: FILING_STATUS.reason };
    if (status === FilingStatus.NOT_FILED ? filedOn !== null && filedOn !== undefined : !isRealDate(filedOn)) {
      return { reason: 'filings filedOn must be a real date (YYYY-MM-DD) when filed, null when not' };
    }
    if (years.has(year)) return { reason: 'filings list the same year twice' };
    years.add(year);
    rows.push([`${npwp}-${year}`, npwp, String(year), form, status, (filedOn as string | null | undefined) ?? null]);
  }
  return rows;
}

/**
 * Maps one DJP taxpayer to its `tax.taxpayer` row and the full set of its returns. Everything the database
 * would refuse (an unknown status, a form outside the three SPT forms, a year filed twice) is refused here, so
 * it is quarantined with a reason instead; the NIK must be in the population register and the tax office known.
 */
export function mapDjpTaxpayer(record: SourceRecord, context: MapContext): Mapped {
  const line = record.value as JsonLine;
  if (!line.ok) return bad(line.reason);
  const taxpayer = line.value;
  if (!isObject(taxpayer)) return bad('record is not a JSON object');
  const { npwp, nik, status, matchingStatus, taxOfficeCode, registeredOn, updatedAt, filings } = taxpayer;
  const today = new Date(context.startedAt);
  const number = checkNpwp(npwp, today);
  if (!number.ok) return bad(number.reason);
  const person = checkNik(nik, today);
  if (!person.ok) return bad(person.reason);
  const npwp16 = number.parts.npwp16;
  if (number.parts.form === 'NIK' && npwp16 !== nik) return bad("NPWP in NIK form is not the taxpayer's NIK");
  if (!STATUS.has(status)) return bad(STATUS.reason);
  if (!MATCHING.has(matchingStatus)) return bad(MATCHING.reason);
  if (typeof taxOfficeCode !== 'string' || !OFFICE_CODE.test(taxOfficeCode))
    return bad('taxOfficeCode is not 3 digits');
  if (!isRealDate(registeredOn)) return bad('registeredOn is not a real date (YYYY-MM-DD)');
  if (!isDateTime(updatedAt)) return bad('updatedAt is not an ISO date-time');
  const returns = filingRows(npwp16, filings, today.getUTCFullYear() + 1);
  if ('reason' in returns) return bad(returns.reason);
  const data: RowsRecord = {
    tables: [
      { table: TAXPAYER, rows: [[npwp16, nik as string, status, matchingStatus, taxOfficeCode, registeredOn]] },
      { table: FILING, rows: returns, parentKey: npwp16 },
    ],
    asOf: new Date(updatedAt).toISOString(),
  };
  return {
    kind: 'ok',
    key: npwp16,
    people: [nik as string],
    references: [
      {
        table: 'population.citizen',
        column: 'nik',
        value: nik as string,
        reason: 'NIK not in the population register',
      },
      {
        table: 'tax.tax_office',
        column: 'code',
        value: taxOfficeCode,
        reason: 'taxOfficeCode is not a known tax office',
      },
    ],
    data,
  };
}
