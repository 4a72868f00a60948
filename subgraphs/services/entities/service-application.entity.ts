import { Entity, Enum, Index, JsonType, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { PrefilledField, RequirementCheck } from './application-parts.type';
import { ServiceApplicationStatus, ServiceCode } from './services.enums';

/**
 * An application for an MPP service, one model for every service: what the applicant entered, what the graph
 * filled in at submission (kept as that snapshot, so an officer sees what the decision was based on), the
 * requirements as checked then, its status and history, and its due date under the MPP's service standard.
 * Every field but its id is the applicant's (services.application, decided for the applicant: a work queue lists
 * many people); the parts that copy the applicant's other data are resolved in service-application.resolver.ts,
 * each released as the scope it was read under.
 */
@ObjectType({ description: 'An application for a public service, filled from the graph rather than by the applicant.' })
@Entity({ schema: 'services', tableName: 'application' })
@Index({ properties: ['mppId', 'status', 'submittedAt'] })
export class ServiceApplication {
  @Field(() => ID, { description: 'Application identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Directive(sensitive('services.application'))
  @Field(() => ServiceCode, { nullable: true, description: 'The service applied for.' })
  @Enum({ items: () => ServiceCode, type: 'text' })
  service!: ServiceCode;

  @Property({ type: 'text' })
  mppId!: string;

  @Directive(sensitive('services.application'))
  @Field(() => ServiceApplicationStatus, { nullable: true, description: 'Where the application stands.' })
  @Enum({ items: () => ServiceApplicationStatus, type: 'text' })
  status!: ServiceApplicationStatus;

  /** What the applicant entered, as given (the new address completion records in the register). */
  @Property({ type: JsonType })
  request!: Record<string, unknown>;

  /** What the applicant entered themselves (a business name, a new address), as shown. */
  @Property({ type: JsonType })
  entered!: PrefilledField[];

  /** What the graph filled in at submission. */
  @Property({ type: JsonType })
  prefilled!: PrefilledField[];

  @Property({ type: JsonType })
  requirements!: RequirementCheck[];

  @Directive(sensitive('services.application'))
  @Field(() => [String], {
    nullable: true,
    description: 'Documents the application carries, generated from the graph.',
  })
  @Property({ type: JsonType })
  documents!: string[];

  @Directive(sensitive('services.application'))
  @Field(() => Date, { nullable: true, description: 'When it was submitted.' })
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @Directive(sensitive('services.application'))
  @Field(() => String, {
    nullable: true,
    description: "When it is due (YYYY-MM-DD): the MPP's service standard in working days after submission.",
  })
  @Property({ type: 'date' })
  dueOn!: string;

  @Directive(sensitive('services.application'))
  @Field(() => Date, { nullable: true, description: 'When it was completed or rejected.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Directive(sensitive('services.application'))
  @Field(() => String, {
    nullable: true,
    description: 'What completion delivered: the NIB issued, the PBI-JK proposal number, the new address recorded.',
  })
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  /** Whether the satisfaction survey after it was answered (the answer itself is kept apart, anonymous). */
  @Directive(sensitive('services.application'))
  @Field(() => Boolean, { nullable: true, description: 'Whether the satisfaction survey after it was answered.' })
  @Property({ type: 'boolean', default: false })
  surveyAnswered: boolean & Opt = false;
}
