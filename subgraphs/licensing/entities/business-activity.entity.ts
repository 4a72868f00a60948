import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Business } from './business.entity';
import { RiskLevel } from './licensing.enums';

@ObjectType({ description: 'A KBLI business activity of an NIB, with its risk level.' })
@Entity({ schema: 'licensing', tableName: 'business_activity' })
export class BusinessActivity {
  /** `<nib>-<kbli>`. */
  @PrimaryKey({ type: 'string', length: 19 })
  id!: string;

  @Index()
  @ManyToOne(() => Business, { fieldName: 'nib' })
  business!: Rel<Business>;

  @Field({ description: '5-digit KBLI code.' })
  @Property({ type: 'string', length: 5 })
  kbli!: string;

  @Field({ description: 'KBLI edition, e.g. "2020".' })
  @Property({ type: 'string', length: 4 })
  kbliVersion!: string;

  @Field({ description: 'Title of the KBLI activity.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => RiskLevel, { description: "OSS risk level of the activity at the business's scale." })
  @Enum({ items: () => RiskLevel, type: 'text' })
  riskLevel!: RiskLevel;
}
