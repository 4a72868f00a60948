import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { sensitive } from '../../../schema/scopes';
import { AccessEvent } from './access-event.entity';

/** The consent subgraph's Client, referenced by id. */
@ObjectType('Client')
@Directive('@key(fields: "id", resolvable: false)')
export class ClientReference {
  @Field()
  id!: string;
}

/** The consent subgraph's Purpose, referenced by code. */
@ObjectType('Purpose')
@Directive('@key(fields: "code", resolvable: false)')
export class PurposeReference {
  @Field()
  code!: string;
}

@ObjectType({ description: 'A kind of personal data, as a citizen reads it.' })
export class DataCategory {
  @Field()
  scope!: string;

  @Field()
  description!: string;
}

@ObjectType({
  description: "One entry of a citizen's own access log: who read which of their data, when, for what, on which basis.",
})
export class AccessLogEntry {
  @Field(() => Int)
  position!: number;

  @Field(() => Date)
  at!: Date;

  @Field({ description: 'ACCESS, or CONSENT_GRANTED / CONSENT_REVOKED.' })
  kind!: string;

  @Field({ description: 'The role of whoever read: officer, auditor, citizen.' })
  role!: string;

  @Field(() => ClientReference, { nullable: true, description: 'The service, with its agency.' })
  client!: ClientReference | null;

  @Field(() => PurposeReference, { nullable: true })
  purpose!: PurposeReference | null;

  @Field(() => [DataCategory], { description: 'What was released.' })
  categories!: DataCategory[];

  @Field(() => [DataCategory], { description: 'What was asked for and refused.' })
  refusedCategories!: DataCategory[];

  @Field(() => String, {
    nullable: true,
    description: 'The lawful basis (Pasal 20(2)), or CONSENT with the consent ids.',
  })
  legalBasis!: string | null;

  @Field(() => [String])
  consentIds!: string[];

  @Field(() => String, { nullable: true, description: 'ALLOWED, REFUSED or PARTIAL.' })
  decision!: string | null;
}

@ObjectType({ description: "A page of the citizen's access log, newest first." })
export class AccessLogPage {
  @Directive(sensitive('audit.log'))
  @Field(() => [AccessLogEntry], { nullable: true })
  entries!: AccessLogEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field()
  hasMore!: boolean;
}

@ObjectType({ description: 'A page of access events, newest first.' })
export class AccessEventPage {
  @Directive(sensitive('audit.log'))
  @Field(() => [AccessEvent], { nullable: true })
  events!: AccessEvent[];

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasMore!: boolean;
}

@ObjectType({ description: 'A person whose data a client received in a time window.' })
class BreachSubject {
  @Field(() => NIKScalar)
  nik!: string;

  @Field(() => [DataCategory])
  categories!: DataCategory[];

  @Field(() => Int, { description: 'How many releases.' })
  releases!: number;

  @Field(() => Date)
  firstRelease!: Date;

  @Field(() => Date)
  lastRelease!: Date;
}

@ObjectType({
  description:
    'Who is affected if a client was breached in a time window: the people whose data it received, and which data ' +
    '(UU PDP Pasal 46).',
})
export class BreachScope {
  @Field()
  clientId!: string;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => Int)
  affectedPeople!: number;

  @Field(() => [DataCategory], { description: 'Every kind of data released to the client in the window.' })
  categories!: DataCategory[];

  @Directive(sensitive('audit.log'))
  @Field(() => [BreachSubject], { nullable: true, description: 'The people, by NIK.' })
  subjects!: BreachSubject[];
}

@ObjectType({
  description: 'The latest signed statement of the log: its size and Merkle root (RFC 6962), signed with Ed25519.',
})
export class LogCheckpoint {
  @Field(() => Int)
  size!: number;

  @Field({ description: 'Base64.' })
  root!: string;

  @Field(() => Date)
  at!: Date;

  @Field()
  keyId!: string;

  @Field({
    description: 'Base64 Ed25519 signature over the note "citizen360 access log\\n<size>\\n<root>\\n<at ISO>\\n".',
  })
  signature!: string;

  @Field({ description: 'The public key (PEM) to check it with.' })
  publicKey!: string;
}

@ObjectType({
  description:
    'A client whose officers were refused for being over its quota in a time window: which limit, how often, when.',
})
export class QuotaAlert {
  @Field()
  clientId!: string;

  @Field({ description: 'requestsPerMinute, personsPerHour or personsPerDay.' })
  limit!: string;

  @Field(() => Int, { description: 'Requests refused for it in the window.' })
  refusals!: number;

  @Field(() => Date)
  firstAt!: Date;

  @Field(() => Date)
  lastAt!: Date;
}
