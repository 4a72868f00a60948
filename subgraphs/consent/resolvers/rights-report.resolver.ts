import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { inputError } from '../../../schema/errors';
import { OverdueRightsRequest, reportMonth, RightsRequestCounts } from '../../../schema/rights';
import { countRequests } from '../../host/rights-counts';
import type { ConsentContext } from '../context';
import { KeptRightsRequestKind, RightsRequest } from '../entities/rights-request.entity';
import { RightsReport } from '../entities/rights-report.type';

function monthOf(month: string): { from: Date; to: Date } {
  const range = reportMonth(month);
  if (!range) throw inputError('month must be YYYY-MM');
  return range;
}

async function counts(em: EntityManager, kind: KeptRightsRequestKind, month: string): Promise<RightsRequestCounts> {
  const { from, to } = monthOf(month);
  const rows = await em.find(
    RightsRequest,
    { kind, receivedAt: { $gte: from, $lt: to } },
    { fields: ['receivedAt', 'dueAt', 'answeredAt', 'outcome'] },
  );
  return countRequests(rows, new Date());
}

async function overdue(em: EntityManager, kind: KeptRightsRequestKind): Promise<OverdueRightsRequest[]> {
  const rows = await em.find(
    RightsRequest,
    { kind, answeredAt: null, dueAt: { $lt: new Date() } },
    { orderBy: { dueAt: 'asc' }, limit: 500 },
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, agency: r.agency, receivedAt: r.receivedAt, dueAt: r.dueAt }));
}

@Resolver(() => RightsReport)
export class RightsReportResolver {
  @Query(() => RightsReport, {
    description: "The month's report of the data subjects' requests (stewards and auditors).",
  })
  rightsReport(@Arg('month', { description: 'YYYY-MM, Jakarta time.' }) month: string): RightsReport {
    monthOf(month);
    return { month };
  }

  @FieldResolver(() => RightsRequestCounts, {
    description: 'Copies of their data citizens asked for in the month (outcomes DELIVERED, FAILED).',
  })
  exports(@Root() report: RightsReport, @Ctx() { em }: ConsentContext): Promise<RightsRequestCounts> {
    return counts(em, KeptRightsRequestKind.DATA_EXPORT, report.month);
  }

  @FieldResolver(() => [OverdueRightsRequest], {
    description: 'Copies asked for at any time, not delivered, and past their deadline now, oldest first.',
  })
  overdueExports(@Ctx() { em }: ConsentContext): Promise<OverdueRightsRequest[]> {
    return overdue(em, KeptRightsRequestKind.DATA_EXPORT);
  }

  @FieldResolver(() => RightsRequestCounts, {
    description: 'Corrections citizens asked for in the month (outcomes ACCEPTED, REJECTED).',
  })
  corrections(@Root() report: RightsReport, @Ctx() { em }: ConsentContext): Promise<RightsRequestCounts> {
    return counts(em, KeptRightsRequestKind.CORRECTION, report.month);
  }

  @FieldResolver(() => [OverdueRightsRequest], {
    description: 'Corrections asked for at any time, not answered, and past their deadline now, oldest first.',
  })
  overdueCorrections(@Ctx() { em }: ConsentContext): Promise<OverdueRightsRequest[]> {
    return overdue(em, KeptRightsRequestKind.CORRECTION);
  }
}
