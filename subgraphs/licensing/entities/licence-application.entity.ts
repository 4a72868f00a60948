import { Collection, Entity, Enum, Index, JsonType, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { ApplicantSnapshot } from './applicant-snapshot.type';
import { ApplicationEvent } from './application-event.entity';
import { BpjsSnapshot } from './bpjs-snapshot.type';
import { ComplianceSnapshot } from './compliance-snapshot.type';
import { ApplicationStatus, LicenceType } from './licensing.enums';
import { PracticeLocation } from './practice-location.type';
import { StrSnapshot } from './str-snapshot.type';

/**
 * A licence application. Everything but the NIK and the practice location was taken from the graph when it
 * was submitted and is kept as that snapshot, so a reviewer sees what the decision was based on.
 */
@ObjectType({ description: 'A licence application whose data came from the graph, not from the applicant.' })
@Entity({ schema: 'licensing', tableName: 'application' })
export class LicenceApplication {
  @Field(() => ID, { description: 'Application identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Field(() => LicenceType, { description: 'The licence applied for.' })
  @Enum({ items: () => LicenceType, type: 'text' })
  type!: LicenceType;

  @Field(() => ApplicationStatus, { description: 'Where the application stands.' })
  @Enum({ items: () => ApplicationStatus, type: 'text' })
  status!: ApplicationStatus;

  @Field(() => PracticeLocation, { description: 'Where the applicant will practise.' })
  @Property({ type: JsonType })
  practiceLocation!: PracticeLocation;

  // The snapshot's parts are the applicant's data of other scopes, decided for the applicant like the live fields:
  // copies are no way around the rules. Each is nullable, so that a part refused leaves the rest.
  @Directive(sensitive('population.identity'))
  @Field(() => ApplicantSnapshot, {
    nullable: true,
    description: "The applicant's identity and address, from the population register at submission.",
  })
  @Property({ type: JsonType })
  applicant!: ApplicantSnapshot;

  @Directive(sensitive('licensing.professional'))
  @Field(() => StrSnapshot, {
    nullable: true,
    description: "The applicant's STR at submission; null when the applicant had none.",
  })
  @Property({ type: JsonType, nullable: true })
  str?: StrSnapshot | null;

  @Directive(sensitive('tax.compliance'))
  @Field(() => ComplianceSnapshot, {
    nullable: true,
    description: "The applicant's taxpayer status confirmation (KSWP) at submission.",
  })
  @Property({ type: JsonType })
  taxCompliance!: ComplianceSnapshot;

  @Directive(sensitive('health.coverage'))
  @Field(() => BpjsSnapshot, {
    nullable: true,
    description: "The applicant's JKN membership at submission; null when the applicant had none.",
  })
  @Property({ type: JsonType, nullable: true })
  bpjs?: BpjsSnapshot | null;

  /** Resolved by LicenceApplicationResolver.unmetRequirements: each shown as what it is about. */
  @Property({ type: JsonType })
  unmetRequirements!: string[];

  @Field(() => Date, { description: 'When the application was submitted.' })
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Number of the SIP issued on approval.' })
  @Property({ type: 'text', nullable: true })
  issuedSip?: string | null;

  @OneToMany(() => ApplicationEvent, (event) => event.application)
  history = new Collection<ApplicationEvent>(this);
}
