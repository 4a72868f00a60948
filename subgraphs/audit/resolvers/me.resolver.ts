import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { AuditContext } from '../context';
import { AccessLogPage } from '../entities/log.types';
import { Me } from '../entities/me.type';
import { citizenLog } from '../log-reader';

@Resolver(() => Me)
export class MeResolver {
  @Directive(sensitive('audit.log'))
  @FieldResolver(() => AccessLogPage, {
    nullable: true,
    description: 'Who read your data: newest first, paginated. Your own reads only with includeOwn.',
  })
  accessLog(
    @Root() me: Me,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('includeOwn', () => Boolean, { defaultValue: false }) includeOwn: boolean,
    @Ctx() { em }: AuditContext,
  ): Promise<AccessLogPage> {
    return citizenLog(em, me.nik, { first, after, includeOwn });
  }
}
