import { Field, ObjectType } from 'type-graphql';
import { PopulationChange } from './change.entity';

@ObjectType({ description: 'A page of the population change feed, oldest first.' })
export class ChangeFeed {
  /** Resolved by ChangeFeedResolver.changes, which records whose each entry is. */
  entries!: PopulationChange[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `since` to read on from here; null when nothing was read past `since`.',
  })
  cursor!: string | null;

  @Field({ description: 'Whether more changes were there than one page holds.' })
  hasMore!: boolean;
}
