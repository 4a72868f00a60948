import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Provenance } from '../../../schema/provenance';
import { Facility } from './facility.entity';
import { BpjsSegment, InactiveReason, MembershipStatus } from './health.enums';

@ObjectType({ description: 'JKN health-insurance membership with BPJS Kesehatan.' })
@Entity({ schema: 'health', tableName: 'membership' })
export class BpjsMembership {
  @Field({ description: '13-digit JKN card number.' })
  @PrimaryKey({ type: 'string', length: 13 })
  cardNumber!: string;

  @Unique()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Field(() => BpjsSegment, { description: 'Membership segment: who pays the premium.' })
  @Enum({ items: () => BpjsSegment, type: 'text' })
  segment!: BpjsSegment;

  @Field(() => Int, { description: 'Care class 1-3 (PBI members are always class 3).' })
  @Property({ type: 'smallint' })
  careClass!: number;

  @Field(() => MembershipStatus, { description: 'Whether the membership currently gives cover.' })
  @Enum({ items: () => MembershipStatus, type: 'text' })
  status!: MembershipStatus;

  @Field(() => InactiveReason, { nullable: true, description: 'Why the membership is inactive; null while active.' })
  @Enum({ items: () => InactiveReason, type: 'text', nullable: true })
  statusReason?: InactiveReason | null;

  @Field(() => Facility, {
    description: 'The FKTP the member is registered at, where care starts and referrals come from.',
  })
  @Index()
  @ManyToOne(() => Facility, { fieldName: 'facility_code' })
  primaryCareFacility!: Rel<Facility>;

  @Field({ description: 'ISO date cover started.' })
  @Property({ type: 'date' })
  coverageStart!: string;

  @Field(() => String, { nullable: true, description: 'ISO date cover ended; null while it continues.' })
  @Property({ type: 'date', nullable: true })
  coverageEnd?: string | null;

  @Field(() => Provenance, {
    description:
      'Where this membership came from: BPJS Kesehatan data as ' +
      'SATUSEHAT (Kemenkes) passes it on, or the synthetic seed.',
  })
  @Embedded(() => Provenance, { prefix: 'source_' })
  source!: Provenance;
}
