import { ArrayType, Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConsentRequestStatus } from './consent.enums';

/**
 * An officer's request, made at the counter, that the citizen consent to what the service's consent rule asks
 * for. The citizen sees it in their own page and approves it (which grants the consent) or declines it.
 */
@ObjectType({
  description:
    "A service's request that a citizen consent to data its consent rule asks for, made by an officer; the citizen " +
    'approves (a consent is granted) or declines it.',
})
@Entity({ schema: 'consent', tableName: 'consent_request' })
export class ConsentRequest {
  @Field(() => ID, { description: 'Request identifier; answerConsentRequest takes it.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Property({ type: 'text' })
  clientId!: string;

  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => [String], { description: 'The scopes the consent would cover.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: string[];

  @Property({ type: 'text' })
  requestedBy!: string;

  @Field(() => Date, { description: 'When the officer asked.' })
  @Property({ type: 'datetime' })
  requestedAt!: Date;

  @Field(() => Date, { description: 'Until when the citizen may approve it.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** As stored; `statusAt` says what it is now. */
  @Enum({ items: () => ConsentRequestStatus, type: 'text', fieldName: 'status' })
  state!: ConsentRequestStatus;

  @Field(() => Date, { nullable: true, description: 'When the citizen answered.' })
  @Property({ type: 'datetime', nullable: true })
  answeredAt: (Date & Opt) | null = null;

  @Field(() => String, { nullable: true, description: 'The consent granted by approving it.' })
  @Property({ type: 'uuid', nullable: true })
  consentId: (string & Opt) | null = null;

  /** As of the server's clock now: a pending request past its end has lapsed. */
  statusAt(now: Date): ConsentRequestStatus {
    if (this.state !== ConsentRequestStatus.PENDING) return this.state;
    return now < this.expiresAt ? ConsentRequestStatus.PENDING : ConsentRequestStatus.EXPIRED;
  }
}
