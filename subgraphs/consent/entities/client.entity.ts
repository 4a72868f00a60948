import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A registered service (an OIDC client) that reads the graph for an agency.' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'consent', tableName: 'client' })
export class Client {
  @Field({ description: "The OIDC client id (the token's azp)." })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The agency responsible for the service: the data controller on consent receipts.' })
  @Property({ type: 'text' })
  agency!: string;

  @Field()
  @Property({ type: 'text' })
  contactEmail!: string;

  @Field({ description: 'Where the service publishes its privacy policy.' })
  @Property({ type: 'text' })
  policyUrl!: string;

  @Field(() => Boolean, { description: 'An inactive client is refused everything.' })
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Property({ type: 'datetime' })
  registeredAt: Date & Opt = new Date();
}
