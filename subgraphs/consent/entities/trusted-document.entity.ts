import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "An operation a steward registered for a client: one of its app's trusted documents." })
@Entity({ schema: 'consent', tableName: 'trusted_document' })
export class TrustedDocument {
  @Field({ description: 'The client it is registered for.' })
  @PrimaryKey({ type: 'text' })
  clientId!: string;

  @Field({ description: 'The SHA-256 of its text, in lower-case hex: what the client sends instead of the text.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The operation name, if it has one.' })
  @Property({ type: 'text', nullable: true })
  name!: string | null;

  @Field({ description: '"query" or "mutation".' })
  @Property({ type: 'text' })
  type!: string;

  @Field({ description: 'The operation text, exactly as hashed.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { description: 'When it was registered.' })
  @Property({ type: 'datetime' })
  registeredAt: Date & Opt = new Date();

  @Field({ description: 'The steward who registered it (token subject).' })
  @Property({ type: 'text' })
  registeredBy!: string;
}
