import type { EntityManager } from '@mikro-orm/postgresql';
import { inputError } from '../../schema/errors';
import { median } from '../host/median';
import { isRegencyCode } from '../../schema/scalars/regency-codes';
import type { MppPerformance, ServicePerformance } from './entities/report.types';
import { Mpp } from './entities/mpp.entity';
import { Offering } from './entities/offering.entity';
import {
  ComplaintCategory,
  ComplaintStatus,
  ServiceApplicationStatus,
  type ServiceCode,
} from './entities/services.enums';
import { satisfactionOf, SURVEY_TOTALS } from './survey';
import { jakartaDate, workingDaysBetween } from './working-days';

/** The longest period one report covers. */
const MAX_DAYS = 366;

/**
 * [from, to] as Jakarta calendar days (YYYY-MM-DD), inclusive, checked (BAD_USER_INPUT), at most 366 days; as the
 * instants [start, end) they cover.
 */
export function period(from: string, to: string): [Date, Date] {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(from) || !day.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)))
    throw inputError('from and to must be dates YYYY-MM-DD');
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000);
  if (end <= start) throw inputError('to must not be before from');
  if ((end.getTime() - start.getTime()) / 86_400_000 > MAX_DAYS)
    throw inputError(`a report covers at most ${MAX_DAYS} days`);
  return [start, end];
}

const key = (mppId: string, service: string) => `${mppId}/${service}`;

/**
 * The performance of a regency's MPPs over a period, per MPP and service: applications submitted in it by their
 * status now, how many were completed and how many within the service standard, the median working days to a
 * decision, those overdue now; complaints filed in it, answered and answered in time, the median working days to
 * an answer; and the satisfaction index of the survey answers given in it. Counts only: no person is named.
 */
export async function performanceReport(
  em: EntityManager,
  regencyCode: string,
  from: string,
  to: string,
  now = new Date(),
): Promise<MppPerformance[]> {
  if (!/^[0-9]{2}\.[0-9]{2}$/.test(regencyCode) || !isRegencyCode(regencyCode))
    throw inputError('regencyCode must be the Kemendagri code PP.RR of a regency or city');
  const [start, end] = period(from, to);
  const mpps = await em.find(Mpp, { regencyCode }, { orderBy: { id: 'asc' } });
  if (mpps.length === 0) return [];
  const ids = mpps.map((mpp) => mpp.id);
  const offerings = await em.find(Offering, { mppId: { $in: ids } }, { orderBy: { mppId: 'asc', service: 'asc' } });
  const connection = em.getConnection();
  const [applications, complaints, surveys, surveysByMpp] = await Promise.all([
    connection.execute(
      `select mpp_id, service, status, submitted_at, decided_at, due_on::text as due_on from services.application
        where mpp_id = any(?::text[]) and submitted_at >= ? and submitted_at < ?`,
      [`{${ids.join(',')}}`, start, end],
    ),
    connection.execute(
      `select mpp_id, service, category, status, submitted_at, answered_at, due_on::text as due_on
         from services.complaint where mpp_id = any(?::text[]) and submitted_at >= ? and submitted_at < ?`,
      [`{${ids.join(',')}}`, start, end],
    ),
    connection.execute(
      `select mpp_id, service, ${SURVEY_TOTALS} from services.survey_response
        where mpp_id = any(?::text[]) and answered_on between ? and ? group by mpp_id, service`,
      [`{${ids.join(',')}}`, from, to],
    ),
    connection.execute(
      `select mpp_id, ${SURVEY_TOTALS} from services.survey_response
        where mpp_id = any(?::text[]) and answered_on between ? and ? group by mpp_id`,
      [`{${ids.join(',')}}`, from, to],
    ),
  ]);
  const today = jakartaDate(now);
  const surveyOf = new Map(surveys.map((row) => [key(String(row.mpp_id), String(row.service)), row]));
  const surveyOfMpp = new Map(surveysByMpp.map((row) => [String(row.mpp_id), row]));
  const performance = (mppId: string, service: ServiceCode): ServicePerformance => {
    const apps = applications.filter((a) => a.mpp_id === mppId && a.service === service);
    const filed = complaints.filter((c) => c.mpp_id === mppId && c.service === service);
    const completed = apps.filter((a) => a.status === ServiceApplicationStatus.COMPLETED);
    const withinStandard = completed.filter((a) => jakartaDate(new Date(a.decided_at as string)) <= String(a.due_on));
    const decided = apps.filter((a) => a.decided_at);
    const answered = filed.filter((c) => c.answered_at);
    return {
      service,
      submitted: apps.length,
      byStatus: Object.values(ServiceApplicationStatus).map((status) => ({
        status,
        count: apps.filter((a) => a.status === status).length,
      })),
      completed: completed.length,
      completedWithinStandard: withinStandard.length,
      shareWithinStandard: completed.length > 0 ? withinStandard.length / completed.length : null,
      medianProcessingDays: median(
        decided.map((a) =>
          workingDaysBetween(
            jakartaDate(new Date(a.submitted_at as string)),
            jakartaDate(new Date(a.decided_at as string)),
          ),
        ),
      ),
      overdue: apps.filter(
        (a) =>
          (a.status === ServiceApplicationStatus.SUBMITTED || a.status === ServiceApplicationStatus.VERIFIED) &&
          today > String(a.due_on),
      ).length,
      complaints: filed.length,
      complaintsByCategory: Object.values(ComplaintCategory).map((category) => ({
        category,
        count: filed.filter((c) => c.category === category).length,
      })),
      complaintsAnswered: filed.filter(
        (c) => c.status === ComplaintStatus.ANSWERED || c.status === ComplaintStatus.CLOSED,
      ).length,
      complaintsAnsweredInTime: answered.filter(
        (c) => jakartaDate(new Date(c.answered_at as string)) <= String(c.due_on),
      ).length,
      medianComplaintResolutionDays: median(
        answered.map((c) =>
          workingDaysBetween(
            jakartaDate(new Date(c.submitted_at as string)),
            jakartaDate(new Date(c.answered_at as string)),
          ),
        ),
      ),
      satisfaction: satisfactionOf(surveyOf.get(key(mppId, service)) ?? {}),
    };
  };
  return mpps.map((mpp) => ({
    mpp,
    services: offerings.filter((o) => o.mppId === mpp.id).map((o) => performance(mpp.id, o.service)),
    satisfaction: satisfactionOf(surveyOfMpp.get(mpp.id) ?? {}),
  }));
}
