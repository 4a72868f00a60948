import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SubjectIdentifierKind } from '../../../policy/pairwise';

registerEnumType(SubjectIdentifierKind, {
  name: 'SubjectIdentifierKind',
  description: "What a client's officers receive where a person's NIK would be.",
  valuesConfig: {
    NIK: { description: 'The NIK itself.' },
    PAIRWISE: {
      description:
        'An identifier of the person for this client alone (`ps-` and 26 letters and digits), the same at every ' +
        "read; another client's identifier of the same person differs. The client asks about the person by it.",
    },
  },
});

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

  @Field(() => SubjectIdentifierKind, {
    description:
      "What its officers receive where a person's NIK would be: the NIK, or a pairwise identifier (UU PDP data " +
      'minimisation: services cannot join their records about a person without the hub).',
  })
  @Property({ type: 'text' })
  subjectIdentifiers: SubjectIdentifierKind & Opt = SubjectIdentifierKind.NIK;
}
