import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { admit, judge, refusalError } from '../../../policy/release';
import { inputError } from '../../../schema/errors';
import { LegalBasis } from '../../../schema/legal-bases';
import { sensitive, type Scope } from '../../../schema/scopes';
import type { PopulationContext } from '../context';
import { ChangeFeed } from '../entities/change-feed.type';
import { ChangeKind, PopulationChange } from '../entities/change.entity';
import { Citizen } from '../entities/citizen.entity';

const SCOPE: Scope = 'population.address';
/** What each kind of entry tells of a person, beyond that their record changed: the scope it needs besides SCOPE. */
const TELLS: Readonly<Record<ChangeKind, Scope>> = {
  [ChangeKind.ADDRESS_CHANGED]: 'population.address',
  [ChangeKind.DIED]: 'population.identity',
  [ChangeKind.FAMILY_SPLIT]: 'population.family',
};
/** Rows looked at per page, at most, when the caller may see few of them (a consent rule). */
const SCAN_FACTOR = 20;

/**
 * The population change feed for services entitled to addresses: an officer whose client holds a rule
 * covering `population.address` for the stated purpose reads the changes of everyone the rule reaches. Under a
 * consent rule that is the citizens whose own consent covers it: of anyone else, the feed shows nothing, not
 * even that a change happened. A death is shown only where `population.identity` may be read too, a family-card
 * split only where `population.family` may.
 */
@Resolver(() => ChangeFeed)
export class ChangeFeedResolver {
  @Query(() => ChangeFeed, {
    nullable: true,
    description:
      'Population changes after `since` (a cursor from an earlier page; from the start without it), oldest first. ' +
      'Officers only, under a rule covering population.address.',
  })
  async changes(
    @Arg('since', () => String, {
      nullable: true,
      description: 'A cursor from an earlier page; omitted, the feed is read from its start.',
    })
    given: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Most entries to return, 1 to 500.' }) first: number,
    @Ctx() { em, caller, policy }: PopulationContext,
  ): Promise<ChangeFeed> {
    const since = given ?? null;
    if (since !== null && !/^[0-9]{1,18}$/.test(since))
      throw inputError('since must be a cursor from an earlier page of changes');
    if (first < 1 || first > 500) throw inputError('first must be 1 to 500');
    const admission = await admit({ caller, access: policy.access, record: policy.record }, [SCOPE], 'Query.changes');
    if (admission.kind === 'refused') throw refusalError(admission);
    const access = await policy.access();
    const consentBased = access.kind === 'granted' && access.rule.legalBasis === LegalBasis.CONSENT;
    const limit = consentBased ? first * SCAN_FACTOR : first;
    const rows = await em.find(PopulationChange, since === null ? {} : { id: { $gt: since } }, {
      orderBy: { id: 'asc' },
      limit: limit + 1,
    });
    const scan = rows.slice(0, limit);
    const context = { caller, policy };
    // An entry is shown only where both the feed's scope (the address) and what the entry tells may be read: a
    // hidden person leaves no cursor, no placeholder and no error; the next cursor passes over them.
    const visibleTo = async (row: PopulationChange) => {
      const subject = { kind: 'person' as const, nik: row.nik, relation: 'other' as const };
      const needed = [...new Set<Scope>([SCOPE, TELLS[row.kind]])];
      const decided = await Promise.all(needed.map((scope) => judge(context, scope, subject)));
      return decided.every((decision) => decision.kind === 'allow');
    };
    const decisions = await Promise.all(scan.map(visibleTo));
    const visible: PopulationChange[] = [];
    let cursor = since;
    let full = false;
    for (const [i, row] of scan.entries()) {
      if (visible.length === first) {
        full = true;
        break;
      }
      cursor = row.id;
      if (decisions[i]) visible.push(row);
    }
    return { entries: visible, cursor, hasMore: full || rows.length > limit };
  }

  @FieldResolver(() => [PopulationChange], { description: 'The changes the caller may see, oldest first.' })
  entries(
    @Root() feed: ChangeFeed,
    @Ctx() { policy }: PopulationContext,
    @Info() info: GraphQLResolveInfo,
  ): PopulationChange[] {
    // Whose each entry is, by its response path (aliases included): its fields are decided for that person.
    const path = responsePathAsArray(info.path);
    feed.entries.forEach((entry, i) => policy.remember([...path, i], entry.nik));
    return feed.entries;
  }
}

@Resolver(() => PopulationChange)
export class PopulationChangeResolver {
  @FieldResolver(() => String, { description: "This entry's place in the feed." })
  cursor(@Root() change: PopulationChange): string {
    return change.id;
  }

  @Directive(sensitive(SCOPE))
  @FieldResolver(() => Citizen, { nullable: true, description: 'The person, with their record as it is now.' })
  citizen(@Root() change: PopulationChange, @Ctx() { loaders }: PopulationContext): Promise<Citizen | null> {
    return loaders.citizen.load(change.nik);
  }
}
