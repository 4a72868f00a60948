import type { EntityManager } from '@mikro-orm/postgresql';
import { inputError } from '../../schema/errors';
import { reportMonth, type OverdueRightsRequest, type RightsRequestCounts } from '../../schema/rights';
import { countRequests, type RequestTiming } from '../host/rights-counts';
import { EligibilityObjection } from './entities/eligibility-objection.entity';
import { ObjectionStatus } from './entities/objection.enums';
import { REVIEWING_AGENCY } from './objections';

/** An objection as the report counts it: answered when reviewed, with the review's outcome (UPHELD, OVERTURNED). */
export function objectionTiming(
  objection: Pick<EligibilityObjection, 'receivedAt' | 'dueAt' | 'status' | 'reviewedAt' | 'outcome'>,
): RequestTiming {
  return {
    receivedAt: objection.receivedAt,
    dueAt: objection.dueAt,
    answeredAt: objection.status === ObjectionStatus.ANSWERED ? objection.reviewedAt : null,
    outcome: objection.outcome,
  };
}

/** An open objection past its deadline, as a steward sees it: no person, no programme, no reason. */
export function overdueRequest(
  objection: Pick<EligibilityObjection, 'id' | 'receivedAt' | 'dueAt'>,
): OverdueRightsRequest {
  return {
    id: objection.id,
    kind: 'OBJECTION',
    agency: REVIEWING_AGENCY,
    receivedAt: objection.receivedAt,
    dueAt: objection.dueAt,
  };
}

/** The objections received in `month` (`YYYY-MM`, Jakarta time), counted as of `now`. */
export async function objectionCounts(em: EntityManager, month: string, now: Date): Promise<RightsRequestCounts> {
  const range = reportMonth(month);
  if (!range) throw inputError('month must be YYYY-MM');
  const received = await em.find(
    EligibilityObjection,
    { receivedAt: { $gte: range.from, $lt: range.to } },
    { fields: ['id', 'nik', 'receivedAt', 'dueAt', 'status', 'outcome', 'reviewedAt'] },
  );
  return countRequests(received.map(objectionTiming), now);
}

/** Every objection still open past its deadline as of `now`, oldest first, whatever month it came in. */
export async function overdueObjections(em: EntityManager, now: Date): Promise<OverdueRightsRequest[]> {
  const open = await em.find(
    EligibilityObjection,
    { status: ObjectionStatus.OPEN, dueAt: { $lt: now } },
    { orderBy: { receivedAt: 'asc', id: 'asc' }, fields: ['id', 'nik', 'receivedAt', 'dueAt'] },
  );
  return open.map(overdueRequest);
}
