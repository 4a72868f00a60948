import { checkNik } from '../../schema/scalars/identity-number';
import { RiskLevel } from '../../subgraphs/licensing/entities/licensing.enums';
import { bad, type MapContext, type Mapped, type SourceRecord } from '../core/connector';
import type { JsonLine } from '../core/files';
import type { RowsRecord } from '../core/upsert';
import { BUSINESS, BUSINESS_ACTIVITY } from './tables';
import { isDateTime, isObject, isRealDate, isText } from '../core/values';

const NIB = /^[0-9]{13}$/;
const KBLI_CODE = /^[0-9]{5}$/;
const KBLI_VERSION = /^[0-9]{4}$/;
const RISK_LEVELS: ReadonlySet<string> = new Set(Object.values(RiskLevel));
const RISK_LEVEL_REASON = `kbli riskLevel must be one of ${[...RISK_LEVELS].join(', ')}`;

/** The KBLI activities as rows, or why the list is refused (the whole business is quarantined then). */
function activityRows(nib: string, kbli: unknown): (string | null)[][] | { reason: string } {
  if (!Array.isArray(kbli) || kbli.length === 0) return { reason: 'kbli must list at least one activity' };
  const rows: (string | null)[][] = [];
  const seen = new Set<string>();
  for (const activity of kbli) {
    if (!isObject(activity)) return { reason: 'kbli entry is not an object' };
    const { code, version, description, riskLevel } = activity;
    if (typeof code !== 'string' || !KBLI_CODE.test(code)) return { reason: 'kbli code is not 5 digits' };
    if (typeof version !== 'string' || !KBLI_VERSION.test(version)) return { reason: 'kbli version is not 4 digits' };
    if (!isText(description)) return { reason: 'kbli description is missing' };
    if (typeof riskLevel !== 'string' || !RISK_LEVELS.has(riskLevel)) return { reason: RISK_LEVEL_REASON };
    if (seen.has(code)) return { reason: 'kbli lists the same code twice' };
    seen.add(code);
    rows.push([`${nib}-${code}`, nib, code, version, description, riskLevel]);
  }
  return rows;
}

/**
 * Maps one OSS business to its `licensing.business` row and the full set of its KBLI activities. Everything
 * the database would refuse (a 14-digit NIB, an unknown risk level, a KBLI listed twice) is refused here, so
 * it is quarantined with a reason instead; the owner must be in the population register.
 */
export function mapOssBusiness(record: SourceRecord, context: MapContext): Mapped {
  const line = record.value as JsonLine;
  if (!line.ok) return bad(line.reason);
  const business = line.value;
  if (!isObject(business)) return bad('record is not a JSON object');
  const { nib, ownerNik, name, issuedOn, updatedAt, kbli } = business;
  if (typeof nib !== 'string' || !NIB.test(nib)) return bad('nib is not 13 digits');
  const owner = checkNik(ownerNik, new Date(context.startedAt));
  if (!owner.ok) return bad(`ownerNik: ${owner.reason}`);
  if (!isText(name)) return bad('name is missing');
  if (!isRealDate(issuedOn)) return bad('issuedOn is not a real date (YYYY-MM-DD)');
  if (updatedAt !== undefined && updatedAt !== null && !isDateTime(updatedAt))
    return bad('updatedAt is not an ISO date-time');
  const activities = activityRows(nib, kbli);
  if ('reason' in activities) return bad(activities.reason);
  const data: RowsRecord = {
    tables: [
      { table: BUSINESS, rows: [[nib, ownerNik as string, name, issuedOn]] },
      { table: BUSINESS_ACTIVITY, rows: activities, parentKey: nib },
    ],
    asOf: typeof updatedAt === 'string' ? new Date(updatedAt).toISOString() : undefined,
  };
  return {
    kind: 'ok',
    key: nib,
    people: [ownerNik as string],
    references: [
      {
        table: 'population.citizen',
        column: 'nik',
        value: ownerNik as string,
        reason: 'NIK not in the population register',
      },
    ],
    data,
  };
}
