import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';

/**
 * One event of the access log, as auditors see it: everything recorded, nothing of the data itself. Written
 * by the access-log writer (policy/audit/), never by this subgraph, which only reads, as a role that can do
 * nothing else.
 */
@ObjectType({
  description: 'An event of the access log: a decision on personal data, a consent change or a steward change.',
})
@Entity({ schema: 'audit', tableName: 'access_event', readonly: true })
export class AccessEvent {
  @Field(() => Int, { description: 'Place in the log (1-based, gapless); what inclusion in a checkpoint refers to.' })
  @PrimaryKey({ type: 'bigint' })
  position!: number;

  @Field(() => Date, { description: 'When the event happened.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field({
    description:
      'ACCESS, CONSENT_GRANTED, CONSENT_REVOKED, CONSENT_REQUESTED, DATA_EXPORTED, RULE_CHANGED, CLIENT_CHANGED, ' +
      'PURPOSE_CHANGED or DISCLOSURE_CHANGED.',
  })
  @Property({ type: 'text' })
  kind!: string;

  @Field({ description: 'The id of the request the event belongs to (its x-request-id).' })
  @Property({ type: 'text' })
  requestId!: string;

  @Field({ description: 'Who: the token subject (a NIK for citizens, a staff id otherwise).' })
  @Property({ type: 'text' })
  actorSubject!: string;

  @Field({ description: "The caller's role: citizen, officer, steward, planner or auditor." })
  @Property({ type: 'text' })
  actorRole!: string;

  @Field(() => String, {
    nullable: true,
    description: "The caller's client; for consent events, the client the consent is for.",
  })
  @Property({ type: 'text', nullable: true })
  clientId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The purpose code the caller stated; for consent events, the purpose the consent is for.',
  })
  @Property({ type: 'text', nullable: true })
  purpose!: string | null;

  @Field(() => NIKScalar, {
    nullable: true,
    description: 'Whose data; null for lookups that named nobody and for steward changes.',
  })
  @Property({ type: 'string', length: 16, nullable: true })
  nik!: string | null;

  @Field(() => String, { nullable: true, description: 'ALLOWED, REFUSED or PARTIAL (access events).' })
  @Property({ type: 'text', nullable: true })
  decision!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The lawful basis (Pasal 20(2)), or OWN_DATA, FAMILY_CARD, AUDIT.',
  })
  @Property({ type: 'text', nullable: true })
  basis!: string | null;

  @Field(() => [String], {
    description: 'The consents an access rested on (legal basis CONSENT), or the consent a consent event is about.',
  })
  @Property({ type: ArrayType, columnType: 'text[]' })
  consentIds!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the steward rule the decision applied; null when none did.',
  })
  @Property({ type: 'integer', nullable: true })
  ruleVersion!: number | null;

  @Field(() => [String], { description: 'Scopes released.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: string[];

  @Field(() => [String], { description: 'Scopes refused.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  refusedScopes!: string[];

  @Field(() => [String], { description: 'Fields decided, as Type.field.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'Why anything was refused (codes and reasons).' })
  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "Further facts of the event, e.g. a consent's validity or the values a steward set.",
  })
  @Property({ type: 'json', nullable: true })
  detail!: Record<string, unknown> | null;

  @Property({ type: 'blob' })
  leafHash!: Buffer;
}
