import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Province } from './province.entity';

@ObjectType({ description: 'A regency (kabupaten, 01-69) or city (kota, 71-99), Kemendagri code `PP.RR`.' })
@Entity({ schema: 'population', tableName: 'regency' })
export class Regency {
  @Field({ description: 'Kemendagri code, e.g. "32.04".' })
  @PrimaryKey({ type: 'string', length: 5 })
  code!: string;

  @Field({ description: 'Regency or city name, e.g. "Kabupaten Bandung".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Province, { description: 'The province the regency or city is in.' })
  @Index()
  @ManyToOne(() => Province, { fieldName: 'province_code' })
  province!: Province;
}
