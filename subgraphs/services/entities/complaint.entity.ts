import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { ComplaintCategory, ComplaintStatus, ServiceCode } from './services.enums';

/**
 * A complaint (pengaduan) about a service, or one application of it, routed to the agency responsible for the
 * service, with the response deadline of the MPP's complaint standard. Its fields map onto an SP4N-LAPOR!
 * complaint record (lapor.ts). Every field but its id is the complainant's (services.complaint).
 */
@ObjectType({ description: 'A complaint about a public service, routed to the agency responsible.' })
@Entity({ schema: 'services', tableName: 'complaint' })
@Index({ properties: ['mppId', 'status', 'submittedAt'] })
export class Complaint {
  @Field(() => ID, { description: 'Complaint identifier (its tracking number).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Property({ type: 'uuid', nullable: true })
  applicationId?: string | null;

  @Property({ type: 'text' })
  mppId!: string;

  @Directive(sensitive('services.complaint'))
  @Field(() => ServiceCode, { nullable: true, description: 'The service complained about.' })
  @Enum({ items: () => ServiceCode, type: 'text' })
  service!: ServiceCode;

  @Directive(sensitive('services.complaint'))
  @Field(() => String, {
    nullable: true,
    description: 'The agency it was routed to: the one responsible for the service.',
  })
  @Property({ type: 'text' })
  agency!: string;

  @Directive(sensitive('services.complaint'))
  @Field(() => ComplaintCategory, { nullable: true, description: 'What it is about.' })
  @Enum({ items: () => ComplaintCategory, type: 'text' })
  category!: ComplaintCategory;

  @Directive(sensitive('services.complaint'))
  @Field(() => String, { nullable: true, description: 'Its title, 5-150 characters.' })
  @Property({ type: 'text' })
  title!: string;

  @Directive(sensitive('services.complaint'))
  @Field(() => String, { nullable: true, description: 'What happened, 20-4,000 characters.' })
  @Property({ type: 'text' })
  description!: string;

  @Directive(sensitive('services.complaint'))
  @Field(() => ComplaintStatus, { nullable: true, description: 'Where it stands.' })
  @Enum({ items: () => ComplaintStatus, type: 'text' })
  status!: ComplaintStatus;

  @Directive(sensitive('services.complaint'))
  @Field(() => Date, { nullable: true, description: 'When it was filed.' })
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @Directive(sensitive('services.complaint'))
  @Field(() => String, {
    nullable: true,
    description: "When an answer is due (YYYY-MM-DD): the MPP's complaint standard in working days after filing.",
  })
  @Property({ type: 'date' })
  dueOn!: string;

  @Directive(sensitive('services.complaint'))
  @Field(() => Date, { nullable: true, description: 'When the agency first responded.' })
  @Property({ type: 'datetime', nullable: true })
  firstResponseAt?: Date | null;

  @Directive(sensitive('services.complaint'))
  @Field(() => Date, { nullable: true, description: 'When it was answered with a resolution.' })
  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;
}
