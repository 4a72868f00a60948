import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { AuditContext } from '../context';
import { AccessEventFilter } from '../entities/access-event.filter';
import { AccessEventPage, BreachScope, LogCheckpoint, QuotaAlert } from '../entities/log.types';
import { checkpointOf } from './checkpoint';
import { breachScope, findEvents, latestCheckpoint, quotaAlerts } from '../log-reader';

/** What auditors and breach responders ask of the log, and the checkpoint anyone may check it against. */
@Resolver()
export class AccessEventResolver {
  @Directive(sensitive('audit.log'))
  @Query(() => AccessEventPage, {
    nullable: true,
    description: 'Access-log events by NIK, client, purpose, decision, kind and time range, newest first (auditors).',
  })
  accessEvents(
    @Arg('filter', () => AccessEventFilter, { description: 'Which events: every condition given must hold.' })
    filter: AccessEventFilter,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Events per page, 1 to 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | null,
    @Ctx() { em }: AuditContext,
  ): Promise<AccessEventPage> {
    return findEvents(em, filter, { first, after });
  }

  @Directive(sensitive('audit.log'))
  @Query(() => BreachScope, {
    nullable: true,
    description:
      'The people whose data a client received in [from, to), and which data: the scope of a breach notice (auditors).',
  })
  breachScope(
    @Arg('clientId', { description: 'The client that was breached.' }) clientId: string,
    @Arg('from', () => Date, { description: 'Start of the window (inclusive).' }) from: Date,
    @Arg('to', () => Date, { description: 'End of the window (exclusive).' }) to: Date,
    @Arg('first', () => Int, { defaultValue: 1000, description: 'Subjects per page, by NIK.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The last NIK of the previous page.' })
    after: string | null,
    @Ctx() { em }: AuditContext,
  ): Promise<BreachScope> {
    return breachScope(em, clientId, from, to, { first, after });
  }

  @Query(() => [QuotaAlert], {
    description:
      'The clients whose officers were refused for being over their quota in [from, to), by limit (stewards and ' +
      'auditors). Names clients, never people.',
  })
  quotaAlerts(
    @Arg('from', () => Date, { description: 'Start of the window (inclusive).' }) from: Date,
    @Arg('to', () => Date, { description: 'End of the window (exclusive).' }) to: Date,
    @Ctx() { em }: AuditContext,
  ): Promise<QuotaAlert[]> {
    return quotaAlerts(em, from, to);
  }

  @Query(() => LogCheckpoint, {
    nullable: true,
    description: 'The latest signed checkpoint of the access log (size, Merkle root, signature, public key).',
  })
  async accessLogCheckpoint(@Ctx() { em, accessLog }: AuditContext): Promise<LogCheckpoint | null> {
    const row = await latestCheckpoint(em);
    return row && checkpointOf(row, accessLog.publicKeyPem);
  }
}
