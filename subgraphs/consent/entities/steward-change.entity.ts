import { BigIntType, Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { StewardChangeKind } from './consent.enums';

@ObjectType({ description: 'A change a steward made to the clients, purposes or rules: who, when, why and what.' })
@Entity({ schema: 'consent', tableName: 'steward_change' })
export class StewardChange {
  @Field(() => ID, { description: 'Change identifier, increasing with time.' })
  // As a string: a native bigint is no GraphQL ID.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string & Opt;

  @Field(() => Date, { description: 'When the change was made.' })
  @Property({ type: 'datetime' })
  at: Date & Opt = new Date();

  @Field({ description: 'The steward (token subject).' })
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => StewardChangeKind, { description: 'What was changed: a client, a purpose or a rule.' })
  @Enum({ items: () => StewardChangeKind, type: 'text' })
  kind!: StewardChangeKind;

  @Field({ description: 'The client id, the purpose code, or "client/purpose" for a rule.' })
  @Property({ type: 'text' })
  subject!: string;

  @Field({ description: "Why, in the steward's words." })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => GraphQLJSONObject, { description: 'The values set.' })
  @Property({ type: 'json' })
  detail!: Record<string, unknown>;
}
