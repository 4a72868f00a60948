import { LockMode } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { transactionExecutor } from '../../hub/orm';
import { recordWithin } from '../../policy/audit/record';
import { conflictError, inputError } from '../../schema/errors';
import { SERVICES } from './catalogue';
import type { ServicesContext } from './context';
import { ComplaintResponse } from './entities/complaint-response.entity';
import { Complaint } from './entities/complaint.entity';
import type { ComplaintInput } from './entities/complaint-input.type';
import { Offering } from './entities/offering.entity';
import { ServiceApplication } from './entities/service-application.entity';
import { ComplaintStatus, NotificationKind } from './entities/services.enums';
import { LINKS, notify } from './notifications';
import { addWorkingDays, jakartaDate } from './working-days';

/** A citizen's complaints still open (received or in progress) at once, at most. */
export const MAX_OPEN_COMPLAINTS = 5;
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  ComplaintStatus.RECEIVED,
  ComplaintStatus.IN_PROGRESS,
];

/** Text as kept: trimmed, control characters (but line breaks) removed, within `min`-`max` characters. */
function text(value: string, name: string, min: number, max: number): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim();
  if (cleaned.length < min || cleaned.length > max)
    throw inputError(`${name} must be ${min}-${max.toLocaleString('en-US')} characters`);
  return cleaned;
}

/**
 * Files a complaint by the signed-on citizen about one of their applications, or about a service at an MPP.
 * It is routed to the agency responsible for the service and due within the MPP's complaint standard (working
 * days). An application that is not the caller's reads as one that does not exist.
 */
export async function fileComplaint(ctx: ServicesContext, input: ComplaintInput): Promise<Complaint> {
  const nik = ctx.caller.nik!;
  const title = text(input.title, 'title', 5, 150);
  const description = text(input.description, 'description', 20, 4_000);
  let mppId = input.mppId;
  let service = input.service;
  let applicationId: string | null = null;
  if (input.applicationId !== undefined && input.applicationId !== null) {
    const application = /^[0-9a-f-]{36}$/.test(input.applicationId)
      ? await ctx.em.findOne(ServiceApplication, { id: input.applicationId, nik })
      : null;
    if (!application) throw inputError('no application of yours has this id');
    ({ mppId, service } = application);
    applicationId = application.id;
  }
  if (!mppId || !service) throw inputError('name the application complained about, or the MPP and the service');
  const offering = /^[a-z0-9-]{1,40}$/.test(mppId) ? await ctx.em.findOne(Offering, { mppId, service }) : null;
  if (!offering) throw inputError(`no MPP with the id ${mppId} offers ${service}`);
  return ctx.em.transactional(async (em) => {
    await em
      .getConnection()
      .execute('select pg_advisory_xact_lock(hashtext(?))', [`complaints:${nik}`], 'get', em.getTransactionContext());
    const open = await em.count(Complaint, { nik, status: { $in: [...OPEN_COMPLAINT_STATUSES] } });
    if (open >= MAX_OPEN_COMPLAINTS)
      throw conflictError(`you have ${open} open complaints; wait for an answer before filing another`);
    const submittedAt = new Date();
    const complaint = em.create(Complaint, {
      id: randomUUID(),
      nik,
      applicationId,
      mppId,
      service,
      agency: SERVICES[service].agency,
      category: input.category,
      title,
      description,
      status: ComplaintStatus.RECEIVED,
      submittedAt,
      dueOn: addWorkingDays(jakartaDate(submittedAt), offering.complaintDays),
      firstResponseAt: null,
      answeredAt: null,
    });
    await em.flush();
    await recordWithin(transactionExecutor(em), ctx);
    return complaint;
  });
}

/**
 * An officer's response to a complaint: a first response takes it in progress, a resolution answers it. An
 * answered or closed complaint takes no more responses from the agency. The complainant is notified.
 */
export async function respondToComplaint(
  ctx: ServicesContext,
  id: string,
  message: string,
  resolves: boolean,
): Promise<Complaint> {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw inputError('id is not a complaint id');
  const kept = text(message, 'message', 1, 4_000);
  return ctx.em.transactional(async (em) => {
    const owner = await em.createQueryBuilder(Complaint).select('nik').where({ id }).execute('get');
    const complaint =
      owner && (await em.findOne(Complaint, { id, nik: owner.nik }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
    if (!complaint) throw inputError('no complaint has this id');
    if (!OPEN_COMPLAINT_STATUSES.includes(complaint.status))
      throw conflictError(`cannot respond to a complaint that is ${complaint.status}`);
    const at = new Date();
    complaint.status = resolves ? ComplaintStatus.ANSWERED : ComplaintStatus.IN_PROGRESS;
    complaint.firstResponseAt ??= at;
    if (resolves) complaint.answeredAt = at;
    em.create(ComplaintResponse, {
      complaintId: complaint.id,
      nik: complaint.nik,
      at,
      author: 'AGENCY',
      message: kept,
      status: complaint.status,
    } as never);
    await em.flush();
    await notify(
      transactionExecutor(em),
      [
        {
          nik: complaint.nik,
          kind: NotificationKind.COMPLAINT_RESPONSE,
          title: resolves ? `Complaint answered: ${complaint.title}` : `Complaint taken up: ${complaint.title}`,
          body: `${complaint.agency} responded to your complaint.`,
          link: LINKS.complaints,
          sourceKey: `complaint:${complaint.id}:${at.getTime()}`,
        },
      ],
      at,
    );
    await recordWithin(transactionExecutor(em), ctx);
    return complaint;
  });
}

/** The complainant closes their answered complaint, with a last word if they wish. */
export async function closeComplaint(ctx: ServicesContext, id: string, message: string | undefined) {
  const nik = ctx.caller.nik!;
  const kept = message === undefined ? undefined : text(message, 'message', 1, 4_000);
  return ctx.em.transactional(async (em) => {
    const complaint = /^[0-9a-f-]{36}$/.test(id)
      ? await em.findOne(Complaint, { id, nik }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!complaint) throw inputError('no complaint of yours has this id');
    if (complaint.status !== ComplaintStatus.ANSWERED)
      throw conflictError(`only an answered complaint can be closed; this one is ${complaint.status}`);
    complaint.status = ComplaintStatus.CLOSED;
    em.create(ComplaintResponse, {
      complaintId: complaint.id,
      nik,
      at: new Date(),
      author: 'COMPLAINANT',
      message: kept ?? 'Closed by the complainant.',
      status: ComplaintStatus.CLOSED,
    } as never);
    await em.flush();
    await recordWithin(transactionExecutor(em), ctx);
    return complaint;
  });
}

/** SP4N-LAPOR!'s statuses for ours. */
const LAPOR_STATUS: Record<ComplaintStatus, string> = {
  [ComplaintStatus.RECEIVED]: 'Belum Ditindaklanjuti',
  [ComplaintStatus.IN_PROGRESS]: 'Proses',
  [ComplaintStatus.ANSWERED]: 'Selesai',
  [ComplaintStatus.CLOSED]: 'Selesai',
};

/**
 * A complaint as an SP4N-LAPOR! complaint record (the national complaints system every agency answers on): its
 * tracking id, title and content, category, the agency it is for, where and when, the channel, the status in
 * LAPOR!'s words, and the agency's follow-ups. The complainant is not named: the record is confidential
 * (rahasia), as a complaint about one's own application is.
 */
export function laporRecord(complaint: Complaint, regencyCode: string, responses: readonly ComplaintResponse[]) {
  return {
    trackingId: complaint.id,
    title: complaint.title,
    content: complaint.description,
    category: complaint.category,
    destinationAgency: complaint.agency,
    regencyCode,
    submittedAt: complaint.submittedAt,
    channel: 'MPP Digital',
    anonymous: false,
    confidential: true,
    status: LAPOR_STATUS[complaint.status],
    dueOn: complaint.dueOn,
    followUps: responses
      .filter((response) => response.author === 'AGENCY')
      .map((response) => ({ at: response.at, content: response.message })),
  };
}
