import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ComplaintStatus } from './services.enums';

/** One response to a complaint, by the agency or by the complainant, and the status it left the complaint in. */
@ObjectType({ description: 'A response to a complaint.' })
@Entity({ schema: 'services', tableName: 'complaint_response' })
export class ComplaintResponse {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  complaintId!: string;

  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { description: 'Who responded: AGENCY or COMPLAINANT.' })
  @Property({ type: 'text' })
  author!: 'AGENCY' | 'COMPLAINANT';

  @Field(() => String, { description: 'The response, 1-4,000 characters.' })
  @Property({ type: 'text' })
  message!: string;

  @Field(() => ComplaintStatus, { description: 'The status it left the complaint in.' })
  @Enum({ items: () => ComplaintStatus, type: 'text' })
  status!: ComplaintStatus;
}
