import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LicenceApplication } from './licence-application.entity';
import { ApplicationStatus } from './licensing.enums';

@ObjectType({ description: "One step in an application's history." })
@Entity({ schema: 'licensing', tableName: 'application_event' })
export class ApplicationEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index()
  @ManyToOne(() => LicenceApplication, { fieldName: 'application_id' })
  application!: Rel<LicenceApplication>;

  @Field(() => ApplicationStatus, { description: 'The status the application moved to.' })
  @Enum({ items: () => ApplicationStatus, type: 'text' })
  status!: ApplicationStatus;

  @Field(() => Date, { description: 'When it moved.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { nullable: true, description: "The reviewer's note, if any." })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
