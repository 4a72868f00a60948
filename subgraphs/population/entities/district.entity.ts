import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Regency } from './regency.entity';

@ObjectType({ description: 'A district (kecamatan), Kemendagri code `PP.RR.SS`.' })
@Entity({ schema: 'population', tableName: 'district' })
export class District {
  @Field({ description: 'Kemendagri code, e.g. "32.04.12".' })
  @PrimaryKey({ type: 'string', length: 8 })
  code!: string;

  @Field({ description: 'District name, e.g. "Cileunyi".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Regency, { description: 'The regency or city the district is in.' })
  @Index()
  @ManyToOne(() => Regency, { fieldName: 'regency_code' })
  regency!: Regency;
}
