import { Entity, Enum, Index, JsonType, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { DecisionInputs } from './decision-inputs.type';
import { ObjectionOutcome, ObjectionStatus } from './objection.enums';
import { Programme } from './regsosek.enums';

/**
 * A person's objection (UU PDP No. 27/2022 Pasal 10) to an eligibility decision the rules made about their
 * household, with the decision as it stood, and the review by an officer of the social-affairs agency. Keyed by
 * the objector's NIK with its id (distributed by NIK); one open objection per person and programme (a partial
 * unique index). Every field but its id is the objector's (regsosek.eligibility).
 */
@ObjectType({ description: 'An objection to an automated eligibility decision, and its review by an officer.' })
@Entity({ schema: 'regsosek', tableName: 'eligibility_objection' })
@Index({ properties: ['status', 'receivedAt'] })
@Index({ properties: ['receivedAt'] })
export class EligibilityObjection {
  @Field(() => ID, { description: 'Objection identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  nik!: string;

  @Property({ type: 'string', length: 20 })
  householdId!: string;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => Programme, { nullable: true, description: 'The programme whose decision is objected to.' })
  @Enum({ items: () => Programme, type: 'text' })
  programme!: Programme;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => Boolean, { nullable: true, description: 'The automated decision objected to: eligible or not.' })
  @Property({ type: 'boolean' })
  eligible!: boolean;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => Int, { nullable: true, description: 'The rule version of the decision objected to.' })
  @Property({ type: 'integer', nullable: true })
  ruleVersion!: number | null;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => DecisionInputs, { nullable: true, description: 'The inputs of the decision objected to.' })
  @Property({ type: JsonType })
  inputs!: DecisionInputs;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => String, { nullable: true, description: 'Why the person objects, 1-2,000 characters.' })
  @Property({ type: 'text' })
  reason!: string;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => Date, { nullable: true, description: 'When it was received.' })
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => Date, { nullable: true, description: 'When it is to be reviewed by: 3 x 24 hours after receipt.' })
  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => ObjectionStatus, { nullable: true, description: 'OPEN until an officer reviews it, then ANSWERED.' })
  @Enum({ items: () => ObjectionStatus, type: 'text' })
  status!: ObjectionStatus;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => ObjectionOutcome, { nullable: true, description: "The review's outcome; null while open." })
  @Enum({ items: () => ObjectionOutcome, type: 'text', nullable: true })
  outcome!: ObjectionOutcome | null;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => String, { nullable: true, description: "The reviewing officer's reason; null while open." })
  @Property({ type: 'text', nullable: true })
  reviewReason!: string | null;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => Date, { nullable: true, description: 'When it was reviewed; null while open.' })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  /** The reviewing officer's token subject, as the gateway vouched for it. */
  @Property({ type: 'text', nullable: true })
  reviewerSubject!: string | null;

  /** The client the review came through (siks-ng). */
  @Property({ type: 'text', nullable: true })
  reviewerClient!: string | null;
}
