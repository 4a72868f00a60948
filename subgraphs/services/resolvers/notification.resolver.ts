import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { transactionExecutor } from '../../../hub/orm';
import { recordWithin } from '../../../policy/audit/record';
import { inputError } from '../../../schema/errors';
import { sensitive } from '../../../schema/scopes';
import type { ServicesContext } from '../context';
import { Contact } from '../entities/contact.entity';
import { Me } from '../entities/me.type';
import { Notification } from '../entities/notification.entity';
import { prefillFromGraph } from '../../host/prefill';

const MAX_NOTIFICATIONS = 200;
const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

@Resolver(() => Me)
export class NotificationResolver {
  @Directive(sensitive('services.notification'))
  @FieldResolver(() => [Notification], {
    nullable: true,
    description:
      'Your notifications, newest first: your applications, consent requests to you, and every release of your ' +
      'data to an officer.',
  })
  async notifications(
    @Root() me: Me,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: 'Only the unread ones.' })
    unreadOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 50, description: `How many, 1 to ${MAX_NOTIFICATIONS}.` }) first: number,
    @Ctx() { em }: ServicesContext,
  ): Promise<Notification[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS)
      throw inputError(`first must be between 1 and ${MAX_NOTIFICATIONS}`);
    return em.find(
      Notification,
      { nik: me.nik, ...(unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'asc' }, limit: first },
    );
  }

  @Directive(sensitive('services.notification'))
  @FieldResolver(() => Int, { nullable: true, description: 'How many of your notifications are unread.' })
  unreadNotifications(@Root() me: Me, @Ctx() { em }: ServicesContext): Promise<number> {
    return em.count(Notification, { nik: me.nik, readAt: null });
  }

  @Directive(sensitive('services.notification'))
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where your notifications are e-mailed (your name and a link only); null: not e-mailed.',
  })
  async notificationEmail(@Root() me: Me, @Ctx() { em }: ServicesContext): Promise<string | null> {
    return (await em.findOne(Contact, { nik: me.nik }))?.email ?? null;
  }

  @Directive(sensitive('services.notification'))
  @Mutation(() => Me, {
    nullable: true,
    description:
      'Sets the address your notifications are e-mailed to, or with null stops them; each e-mail carries your ' +
      'name (from the population register) and a link, nothing else.',
  })
  async setNotificationEmail(
    @Arg('email', () => String, { nullable: true, description: 'An e-mail address, or null.' })
    email: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Me> {
    const nik = ctx.caller.nik!;
    const address = email?.trim() || null;
    if (address !== null && (address.length > 254 || !EMAIL.test(address)))
      throw inputError('email must be one e-mail address, at most 254 characters');
    const name =
      address === null
        ? ''
        : (
            await prefillFromGraph<{ citizen: { fullName: string } | null }>(
              ctx.graph,
              'query Name($nik: NIK!) { citizen(nik: $nik) { fullName } }',
              { nik },
              { exists: (data) => Boolean(data?.citizen), complete: (data) => Boolean(data.citizen?.fullName) },
            )
          ).citizen!.fullName;
    await ctx.em.transactional(async (em) => {
      const execute = transactionExecutor(em);
      if (address === null) await execute('delete from services.contact where nik = ?', [nik]);
      else
        await execute(
          `insert into services.contact (nik, email, name, updated_at) values (?, ?, ?, now())
           on conflict (nik) do update set email = excluded.email, name = excluded.name, updated_at = now()`,
          [nik, address, name],
        );
      await recordWithin(execute, ctx);
    });
    return { nik };
  }

  @Directive(sensitive('services.notification'))
  @Mutation(() => Me, {
    nullable: true,
    description: 'Marks some of your notifications read (all, without ids).',
  })
  async markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true, description: 'The notifications, at most 200; all when left out.' })
    ids: string[] | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Me> {
    if (ids && (ids.length > MAX_NOTIFICATIONS || ids.some((id) => !/^[0-9a-f-]{36}$/.test(id))))
      throw inputError(`ids must be at most ${MAX_NOTIFICATIONS} notification ids`);
    return ctx.em.transactional(async (em) => {
      const execute = transactionExecutor(em);
      await execute(
        `update services.notification set read_at = now() where nik = ? and read_at is null
           ${ids ? 'and id = any(?::uuid[])' : ''}`,
        ids ? [ctx.caller.nik, `{${ids.join(',')}}`] : [ctx.caller.nik],
      );
      await recordWithin(execute, ctx);
      return { nik: ctx.caller.nik! };
    });
  }
}
