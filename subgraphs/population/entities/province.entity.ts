import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A province (provinsi), Kemendagri code `PP`.' })
@Entity({ schema: 'population', tableName: 'province' })
export class Province {
  @Field({ description: 'Kemendagri code, e.g. "32".' })
  @PrimaryKey({ type: 'string', length: 2 })
  code!: string;

  @Field({ description: 'Province name, e.g. "Jawa Barat".' })
  @Property({ type: 'text' })
  name!: string;
}
