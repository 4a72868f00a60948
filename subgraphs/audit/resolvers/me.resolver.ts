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
    @Arg('first', () => Int, { defaultValue: 20, description: 'Entries per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | null,
    @Arg('includeOwn', () => Boolean, {
      defaultValue: false,
      description: "Also list the citizen's own reads of their data.",
    })
    includeOwn: boolean,
    @Ctx() { em }: AuditContext,
  ): Promise<AccessLogPage> {
    return citizenLog(em, me.nik, { first, after, includeOwn });
  }
}
