import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A registered service (an OIDC client) that reads the graph for an agency.' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'consent', tableName: 'client' })
export class Client {
  @Field({ description: "The OIDC client id (the token's azp)." })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field({ description: 'Name of the service, e.g. "SIP Online".' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The agency responsible for the service: the data controller on consent receipts.' })
  @Property({ type: 'text' })
  agency!: string;

  @Field({ description: 'Where to reach whoever answers for the service.' })
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

  @Field(() => Boolean, {
    description:
      'Whether it may run only the operations a steward registered for it (trusted documents); anything else is ' +
      'refused with OPERATION_NOT_TRUSTED.',
  })
  @Property({ type: 'boolean' })
  requiresTrustedDocuments: boolean & Opt = false;

  @Field(() => Int, {
    nullable: true,
    description: "Most requests for personal data per minute (null: the hub's default, 600).",
  })
  @Property({ type: 'int', nullable: true })
  requestsPerMinute: (number & Opt) | null = null;

  @Field(() => Int, {
    nullable: true,
    description: "Most distinct persons whose data it reads per hour (null: the hub's default, 1,000).",
  })
  @Property({ type: 'int', nullable: true })
  personsPerHour: (number & Opt) | null = null;

  @Field(() => Int, {
    nullable: true,
    description: "Most distinct persons whose data it reads per day, UTC (null: the hub's default, 5,000).",
  })
  @Property({ type: 'int', nullable: true })
  personsPerDay: (number & Opt) | null = null;
}
