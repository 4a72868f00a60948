import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FacilityType } from './health.enums';

@ObjectType({ description: 'A primary-care facility (FKTP) where a JKN member is registered.' })
@Entity({ schema: 'health', tableName: 'facility' })
export class Facility {
  @Field({ description: 'BPJS Kesehatan facility code.' })
  @PrimaryKey({ type: 'string', length: 8 })
  code!: string;

  @Field({ description: 'Name of the facility, e.g. "Puskesmas Cileunyi".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => FacilityType, { description: 'Kind of facility.' })
  @Enum({ items: () => FacilityType, type: 'text' })
  type!: FacilityType;

  @Field({ description: 'Kemendagri regency code.' })
  @Property({ type: 'string', length: 5 })
  regencyCode!: string;
}
