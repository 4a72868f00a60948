import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Provenance } from '../../../schema/provenance';
import { sensitive } from '../../../schema/scopes';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { Family } from './family.entity';
import { Citizenship, Education, FamilyRelationship, MaritalStatus, Religion, Sex } from './population.enums';
import { Village } from './village.entity';

/**
 * A resident as registered by Dukcapil. The federation key every other agency extends.
 * Address and family are resolved by field resolvers through per-request loaders (citizen.resolver.ts).
 * Every personal field is nullable in the graph (not in the database): a field the caller may not see comes
 * back null with its own error, and the rest of the profile still arrives.
 */
@ObjectType({ description: 'A resident registered by Dukcapil, keyed by NIK. Other agencies extend this type.' })
@Directive('@key(fields: "nik")')
@Entity({ schema: 'population', tableName: 'citizen' })
export class Citizen {
  @Field(() => NIKScalar, {
    description: 'Nomor Induk Kependudukan: the 16-digit population identity number that keys a citizen.',
  })
  @PrimaryKey({ type: 'string', length: 16 })
  nik!: string;

  @Directive(sensitive('population.identity'))
  @Field({ nullable: true, description: 'Full name as registered by Dukcapil.' })
  @Property({ type: 'text' })
  fullName!: string;

  @Directive(sensitive('population.identity'))
  @Field(() => Sex, { nullable: true, description: 'Sex as registered.' })
  @Enum({ items: () => Sex, type: 'text' })
  sex!: Sex;

  @Directive(sensitive('population.identity'))
  @Field({ nullable: true, description: 'Place of birth (tempat lahir) as registered.' })
  @Property({ type: 'text' })
  birthPlace!: string;

  @Directive(sensitive('population.identity'))
  @Field({ nullable: true, description: 'ISO date of birth.' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Directive(sensitive('population.demographics'))
  @Field(() => Religion, { nullable: true, description: 'Religion (agama) as registered.' })
  @Enum({ items: () => Religion, type: 'text' })
  religion!: Religion;

  @Directive(sensitive('population.demographics'))
  @Field(() => MaritalStatus, { nullable: true, description: 'Marital status (status perkawinan) as registered.' })
  @Enum({ items: () => MaritalStatus, type: 'text' })
  maritalStatus!: MaritalStatus;

  @Directive(sensitive('population.demographics'))
  @Field({ nullable: true, description: 'Occupation as recorded (Dukcapil jenis pekerjaan).' })
  @Property({ type: 'text' })
  occupation!: string;

  @Directive(sensitive('population.demographics'))
  @Field(() => Education, {
    nullable: true,
    description: 'Highest education completed (pendidikan terakhir) as registered.',
  })
  @Enum({ items: () => Education, type: 'text' })
  education!: Education;

  @Directive(sensitive('population.identity'))
  @Field(() => Citizenship, { nullable: true, description: 'Citizenship (kewarganegaraan): WNI or WNA.' })
  @Enum({ items: () => Citizenship, type: 'text' })
  citizenship!: Citizenship;

  @Property({ type: 'text' })
  street!: string;

  @Property({ type: 'string', length: 3 })
  rt!: string;

  @Property({ type: 'string', length: 3 })
  rw!: string;

  @Index()
  @ManyToOne(() => Village, { fieldName: 'village_code' })
  village!: Village;

  @Index()
  @ManyToOne(() => Family, { fieldName: 'family_kk' })
  family!: Family;

  @Enum({ items: () => FamilyRelationship, type: 'text' })
  familyRelationship!: FamilyRelationship;

  @Directive(sensitive('population.identity'))
  @Field(() => String, { nullable: true, description: 'ISO date of death, as registered; null while alive.' })
  @Property({ type: 'date', nullable: true })
  diedOn!: string | null;

  @Directive(sensitive('population.identity'))
  @Field(() => Provenance, { nullable: true, description: 'Where this population record came from.' })
  @Embedded(() => Provenance, { prefix: 'source_' })
  source!: Provenance;
}
