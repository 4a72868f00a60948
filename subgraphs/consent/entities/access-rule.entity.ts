import { ArrayType, Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LegalBasis } from '../../../schema/legal-bases';
import './consent.enums';

/**
 * One version of a steward rule: what a client may read for a purpose, on which legal basis. A change is a new
 * version (the table is append-only); the rule in force is the newest version, unless that one retires it.
 */
@ObjectType({ description: 'One version of a steward rule: (client, purpose) -> scopes, on a legal basis.' })
@Entity({ schema: 'consent', tableName: 'access_rule' })
export class AccessRule {
  @Field({ description: 'The client (service) the rule is for.' })
  @PrimaryKey({ type: 'text' })
  clientId!: string;

  @Field({ description: 'The purpose code.' })
  @PrimaryKey({ type: 'text' })
  purpose!: string;

  @Field(() => Int, {
    description: "Version number, from 1, one more at each change of this client's rule for this purpose.",
  })
  @PrimaryKey({ type: 'integer' })
  version!: number;

  @Field(() => [String], { description: 'Scopes from the catalogue (Query.scopes).' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: string[];

  @Field(() => LegalBasis, {
    description: "The lawful basis (UU PDP Pasal 20(2)); CONSENT also needs each citizen's grant.",
  })
  @Enum({ items: () => LegalBasis, type: 'text' })
  legalBasis!: LegalBasis;

  @Field({ description: 'The regulation or agreement the basis rests on, as the steward cites it.' })
  @Property({ type: 'text' })
  legalReference!: string;

  @Field(() => Boolean, { description: 'True on the version that retired the rule: nothing is granted any more.' })
  @Property({ type: 'boolean' })
  retired: boolean & Opt = false;

  @Field({ description: 'The steward who made this version.' })
  @Property({ type: 'text' })
  changedBy!: string;

  @Field({ description: "Why, in the steward's words." })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Date, { description: 'When this version was made; it is in force from the next request.' })
  @Property({ type: 'datetime' })
  changedAt: Date & Opt = new Date();
}
