import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { District } from './district.entity';

@ObjectType({
  description:
    'A village (kelurahan when the fourth part starts with 1, desa ' +
    'with 2, desa adat with 3), Kemendagri code `PP.RR.SS.VVVV`.',
})
@Entity({ schema: 'population', tableName: 'village' })
export class Village {
  @Field({ description: 'Kemendagri code, e.g. "32.04.12.2001".' })
  @PrimaryKey({ type: 'string', length: 13 })
  code!: string;

  @Field({ description: 'Village (kelurahan or desa) name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => District, { description: 'The district (kecamatan) the village is in.' })
  @Index()
  @ManyToOne(() => District, { fieldName: 'district_code' })
  district!: District;
}
