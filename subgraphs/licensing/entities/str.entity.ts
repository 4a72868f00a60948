import { Embedded, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Provenance } from '../../../schema/provenance';
import { HealthProfession } from './licensing.enums';

@ObjectType({ description: 'Health-worker registration (Surat Tanda Registrasi).' })
@Entity({ schema: 'licensing', tableName: 'str' })
export class Str {
  @Field({ description: 'STR number (opaque).' })
  @PrimaryKey({ type: 'text' })
  number!: string;

  @Unique()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Field(() => HealthProfession, { description: 'The registered health profession.' })
  @Enum({ items: () => HealthProfession, type: 'text' })
  profession!: HealthProfession;

  @Field({ description: 'ISO date of issue.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'ISO expiry date; null for a lifetime STR (UU 17/2023).' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @Field(() => Provenance, {
    description: 'Where the registration came from: Kemenkes through SATUSEHAT, or the seed.',
  })
  @Embedded(() => Provenance, { prefix: 'source_' })
  source!: Provenance;
}
