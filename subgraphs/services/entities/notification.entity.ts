import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EmailStatus, NotificationKind } from './services.enums';

/**
 * A notification in a citizen's inbox. `sourceKey` names what it is about (an application's status, a consent
 * request, an access event), so a source read twice makes one notification. Its e-mail, if the citizen has an
 * address, carries only their name and a link (notifier.ts).
 */
@ObjectType({ description: 'A notification in your inbox.' })
@Entity({ schema: 'services', tableName: 'notification' })
@Index({ properties: ['nik', 'createdAt'] })
@Index({ properties: ['emailStatus', 'emailNextAt'] })
export class Notification {
  @Field(() => ID, { description: 'Notification identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  @Enum({ items: () => NotificationKind, type: 'text' })
  kind!: NotificationKind;

  @Field(() => String, { description: 'One line.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'What happened.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, {
    description: 'The page of the web app it concerns: services, consent-requests, access-log, rights.',
  })
  @Property({ type: 'text' })
  link!: string;

  @Field(() => Date, { description: 'When it was made.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When you read it; null while unread.' })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  @Unique()
  @Property({ type: 'text' })
  sourceKey!: string;

  @Field(() => Int, {
    description:
      'How many events it stands for: 1, or for the releases of your data to one service for one purpose on one ' +
      'day, how many there were (each makes it unread again).',
  })
  @Property({ type: 'integer', default: 1 })
  occurrences!: number;

  @Field(() => EmailStatus, { description: 'Its e-mail.' })
  @Enum({ items: () => EmailStatus, type: 'text' })
  emailStatus!: EmailStatus;

  @Property({ type: 'integer' })
  emailAttempts!: number;

  @Property({ type: 'datetime', nullable: true })
  emailNextAt?: Date | null;
}
