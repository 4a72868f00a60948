import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FacilityType } from './health.enums';

@ObjectType({ description: 'A primary-care facility (FKTP) where a JKN member is registered.' })
@Entity({ schema: 'health', tableName: 'facility' })
export class Facility {
  @Field()
  @PrimaryKey({ type: 'string', length: 8 })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => FacilityType)
  @Enum({ items: () => FacilityType, type: 'text' })
  type!: FacilityType;

  @Field({ description: 'Kemendagri regency code.' })
  @Property({ type: 'string', length: 5 })
  regencyCode!: string;
}
