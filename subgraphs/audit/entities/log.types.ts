import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { sensitive } from '../../../schema/scopes';
import { AccessEvent } from './access-event.entity';

/** The consent subgraph's Client, referenced by id. */
@ObjectType('Client')
@Directive('@key(fields: "id", resolvable: false)')
export class ClientReference {
  @Field({ description: "The OIDC client id (the token's azp)." })
  id!: string;
}

/** The consent subgraph's Purpose, referenced by code. */
@ObjectType('Purpose')
@Directive('@key(fields: "code", resolvable: false)')
export class PurposeReference {
  @Field({ description: 'Upper-case code, e.g. LICENSE_APPLICATION: what the x-purpose header carries.' })
  code!: string;
}

@ObjectType({ description: 'A kind of personal data, as a citizen reads it.' })
export class DataCategory {
  @Field({ description: 'The scope, e.g. health.coverage.' })
  scope!: string;

  @Field({ description: 'What data the scope covers, in plain words.' })
  description!: string;
}

@ObjectType({
  description: "One entry of a citizen's own access log: who read which of their data, when, for what, on which basis.",
})
export class AccessLogEntry {
  @Field(() => Int, { description: 'Place in the access log (1-based).' })
  position!: number;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Field({
    description:
      'ACCESS, or CONSENT_GRANTED / CONSENT_REVOKED, or CONSENT_REQUESTED by a service, or DATA_EXPORTED (a copy ' +
      'of their data made for the citizen).',
  })
  kind!: string;

  @Field({ description: 'The role of whoever read: officer, auditor, citizen.' })
  role!: string;

  @Field(() => ClientReference, { nullable: true, description: 'The service, with its agency.' })
  client!: ClientReference | null;

  @Field(() => PurposeReference, {
    nullable: true,
    description: 'The purpose stated for the read, or that the consent is for.',
  })
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

  @Field(() => [String], { description: 'The consents the read rested on, or the consent granted or revoked.' })
  consentIds!: string[];

  @Field(() => String, { nullable: true, description: 'ALLOWED, REFUSED or PARTIAL.' })
  decision!: string | null;
}

@ObjectType({ description: "A page of the citizen's access log, newest first." })
export class AccessLogPage {
  @Directive(sensitive('audit.log'))
  @Field(() => [AccessLogEntry], { nullable: true, description: 'The entries, newest first.' })
  entries!: AccessLogEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field({ description: 'Whether older entries follow.' })
  hasMore!: boolean;
}

@ObjectType({ description: 'A page of access events, newest first.' })
export class AccessEventPage {
  @Directive(sensitive('audit.log'))
  @Field(() => [AccessEvent], { nullable: true, description: 'The events, newest first.' })
  events!: AccessEvent[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field({ description: 'Whether older events follow.' })
  hasMore!: boolean;
}

@ObjectType({ description: 'A person whose data a client received in a time window.' })
class BreachSubject {
  @Field(() => NIKScalar, { description: "The person's NIK." })
  nik!: string;

  @Field(() => [DataCategory], { description: "Every kind of the person's data released to the client in the window." })
  categories!: DataCategory[];

  @Field(() => Int, { description: 'How many releases.' })
  releases!: number;

  @Field(() => Date, { description: 'The first release in the window.' })
  firstRelease!: Date;

  @Field(() => Date, { description: 'The last release in the window.' })
  lastRelease!: Date;
}

@ObjectType({
  description:
    'Who is affected if a client was breached in a time window: the people whose data it received, and which data ' +
    '(UU PDP Pasal 46).',
})
export class BreachScope {
  @Field({ description: 'The client breached.' })
  clientId!: string;

  @Field(() => Date, { description: 'Start of the window (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'End of the window (exclusive).' })
  to!: Date;

  @Field(() => Int, { description: "How many distinct people's data the client received in the window." })
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
  @Field(() => Int, { description: 'Number of events the checkpoint covers: positions 1 to size.' })
  size!: number;

  @Field({ description: 'Base64.' })
  root!: string;

  @Field(() => Date, { description: 'When the checkpoint was signed.' })
  at!: Date;

  @Field({
    description: 'Short id of the signing key: the first 8 bytes of the SHA-256 of its DER public key, in hex.',
  })
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
    'That a log entry is in the signed access log: its leaf, the audit path of RFC 6962 2.1.1 and the checkpoint the ' +
    "path leads to. To check it: fold the path into the leaf (0x01 || left || right, SHA-256) up to the checkpoint's " +
    "root, then check the checkpoint's signature.",
})
export class InclusionProof {
  @Field({ description: "Base64 SHA-256 of 0x00 and the entry's contents as the log hashed them." })
  leafHash!: string;

  @Field(() => Int, { description: 'The leaf index: the position minus 1.' })
  leafIndex!: number;

  @Field(() => [String], { description: 'Base64 sibling hashes, from the leaf up to the root.' })
  path!: string[];

  @Field(() => LogCheckpoint, { description: 'The signed checkpoint whose root the path leads to.' })
  checkpoint!: LogCheckpoint;
}

@ObjectType({
  description:
    'A client whose officers were refused for being over its quota in a time window: which limit, how often, when.',
})
export class QuotaAlert {
  @Field({ description: 'The client whose officers were refused.' })
  clientId!: string;

  @Field({ description: 'requestsPerMinute, personsPerHour or personsPerDay.' })
  limit!: string;

  @Field(() => Int, { description: 'Requests refused for it in the window.' })
  refusals!: number;

  @Field(() => Date, { description: 'The first refusal in the window.' })
  firstAt!: Date;

  @Field(() => Date, { description: 'The last refusal in the window.' })
  lastAt!: Date;
}
