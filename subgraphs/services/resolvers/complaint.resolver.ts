import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { inputError } from '../../../schema/errors';
import { sensitive } from '../../../schema/scopes';
import { closeComplaint, fileComplaint, laporRecord, OPEN_COMPLAINT_STATUSES, respondToComplaint } from '../complaints';
import type { ServicesContext } from '../context';
import { Citizen } from '../entities/citizen.type';
import { ComplaintInput } from '../entities/complaint-input.type';
import { ComplaintResponse } from '../entities/complaint-response.entity';
import { Complaint } from '../entities/complaint.entity';
import { LaporComplaint } from '../entities/lapor.types';
import { Me } from '../entities/me.type';
import { Mpp } from '../entities/mpp.entity';
import { period } from '../reports';
import { jakartaDate } from '../working-days';

const MAX_LIST = 200;

function checkFirst(first: number) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_LIST)
    throw inputError(`first must be between 1 and ${MAX_LIST}`);
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Directive(sensitive('services.complaint'))
  @Mutation(() => Complaint, {
    description:
      'Files a complaint (citizens) about one of your applications or a service at an MPP; it is routed to the ' +
      "agency responsible and due within the MPP's complaint standard.",
  })
  fileComplaint(
    @Arg('input', () => ComplaintInput, { description: 'The complaint.' }) input: ComplaintInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<Complaint> {
    return fileComplaint(ctx, input);
  }

  @Directive(sensitive('services.complaint'))
  @Mutation(() => Complaint, {
    description:
      'Responds to a complaint (officers): in progress, or answered with `resolves`; the complainant is told.',
  })
  respondToComplaint(
    @Arg('id', () => ID, { description: 'The complaint.' }) id: string,
    @Arg('message', () => String, { description: 'The response, 1-4,000 characters.' }) message: string,
    @Arg('resolves', () => Boolean, { defaultValue: false, description: 'Whether it answers the complaint.' })
    resolves: boolean,
    @Ctx() ctx: ServicesContext,
  ): Promise<Complaint> {
    return respondToComplaint(ctx, id, message, resolves);
  }

  @Directive(sensitive('services.complaint'))
  @Mutation(() => Complaint, {
    description: 'Closes your answered complaint (citizens), with a last word if you wish.',
  })
  closeComplaint(
    @Arg('id', () => ID, { description: 'Your complaint.' }) id: string,
    @Arg('message', () => String, { nullable: true, description: 'A last word, 1-4,000 characters.' })
    message: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Complaint> {
    return closeComplaint(ctx, id, message ?? undefined);
  }

  @Directive(sensitive('services.complaint'))
  @Query(() => [Complaint], {
    nullable: true,
    description: "An MPP's open complaints (officers), oldest first, each saying whether its answer is overdue.",
  })
  complaintQueue(
    @Arg('mppId', () => String, { description: 'The MPP.' }) mppId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: `Complaints listed, 1 to ${MAX_LIST}.` }) first: number,
    @Ctx() { em }: ServicesContext,
  ): Promise<Complaint[]> {
    checkFirst(first);
    if (!/^[a-z0-9-]{1,40}$/.test(mppId)) throw inputError('mppId is not an MPP identifier');
    return em.find(
      Complaint,
      { mppId, status: { $in: [...OPEN_COMPLAINT_STATUSES] } },
      { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: first },
    );
  }

  @Directive(sensitive('services.complaint'))
  @Query(() => [Complaint], {
    nullable: true,
    description:
      "An MPP's complaints filed in [from, to] (Jakarta days, at most 366), oldest first, for forwarding to " +
      "SP4N-LAPOR! (officers): each one's `lapor` is its record in that shape.",
  })
  async laporExport(
    @Arg('mppId', () => String, { description: 'The MPP.' }) mppId: string,
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD.' }) to: string,
    @Arg('first', () => Int, { defaultValue: 200, description: `Complaints listed, 1 to ${MAX_LIST}.` }) first: number,
    @Ctx() { em }: ServicesContext,
  ): Promise<Complaint[]> {
    checkFirst(first);
    if (!/^[a-z0-9-]{1,40}$/.test(mppId)) throw inputError('mppId is not an MPP identifier');
    const [start, end] = period(from, to);
    return em.find(
      Complaint,
      { mppId, submittedAt: { $gte: start, $lt: end } },
      { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: first },
    );
  }

  @Directive(sensitive('services.complaint'))
  @FieldResolver(() => [ComplaintResponse], { nullable: true, description: 'Its responses, oldest first.' })
  responses(@Root() complaint: Complaint, @Ctx() { loaders }: ServicesContext): Promise<ComplaintResponse[]> {
    return loaders.responsesByComplaint.load(complaint.id);
  }

  @Directive(sensitive('services.complaint'))
  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether it is still unanswered after its due date.' })
  overdue(@Root() complaint: Complaint): boolean {
    return OPEN_COMPLAINT_STATUSES.includes(complaint.status) && jakartaDate(new Date()) > complaint.dueOn;
  }

  @Directive(sensitive('services.complaint'))
  @FieldResolver(() => Mpp, { nullable: true, description: 'The MPP of the service complained about.' })
  mpp(@Root() complaint: Complaint, @Ctx() { loaders }: ServicesContext): Promise<Mpp | null> {
    return loaders.mppById.load(complaint.mppId);
  }

  @Directive(sensitive('services.complaint'))
  @FieldResolver(() => ID, { nullable: true, description: 'The application complained about, if one was named.' })
  applicationId(@Root() complaint: Complaint): string | null {
    return complaint.applicationId ?? null;
  }

  @Directive(sensitive('services.complaint'))
  @FieldResolver(() => LaporComplaint, {
    nullable: true,
    description: 'The complaint as an SP4N-LAPOR! complaint record.',
  })
  async lapor(@Root() complaint: Complaint, @Ctx() { loaders }: ServicesContext): Promise<LaporComplaint> {
    const [mpp, responses] = await Promise.all([
      loaders.mppById.load(complaint.mppId),
      loaders.responsesByComplaint.load(complaint.id),
    ]);
    return laporRecord(complaint, mpp?.regencyCode ?? '', responses);
  }
}

@Resolver(() => Me)
export class MeComplaintsResolver {
  @Directive(sensitive('services.complaint'))
  @FieldResolver(() => [Complaint], { nullable: true, description: 'Your complaints, newest first.' })
  complaints(@Root() me: Me, @Ctx() { loaders }: ServicesContext): Promise<Complaint[]> {
    return loaders.complaintsByNik.load(me.nik);
  }
}

@Resolver(() => Citizen)
export class CitizenComplaintsResolver {
  @Directive(sensitive('services.complaint'))
  @FieldResolver(() => [Complaint], {
    nullable: true,
    description: 'Complaints the citizen filed about MPP services, newest first.',
  })
  serviceComplaints(@Root() citizen: Citizen, @Ctx() { loaders }: ServicesContext): Promise<Complaint[]> {
    return loaders.complaintsByNik.load(citizen.nik);
  }
}
