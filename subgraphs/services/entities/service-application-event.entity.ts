import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ServiceApplicationStatus } from './services.enums';

/** One step in a service application's history; it carries the applicant's NIK, as the application does. */
@ObjectType({ description: "One step in a service application's history." })
@Entity({ schema: 'services', tableName: 'application_event' })
export class ServiceApplicationEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Field(() => ServiceApplicationStatus, { description: 'The status the application moved to.' })
  @Enum({ items: () => ServiceApplicationStatus, type: 'text' })
  status!: ServiceApplicationStatus;

  @Field(() => Date, { description: 'When it moved.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { nullable: true, description: "The officer's note, if any." })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
