import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A tax office (KPP Pratama).' })
@Entity({ schema: 'tax', tableName: 'tax_office' })
export class TaxOffice {
  @Field({ description: 'Three-digit KPP code.' })
  @PrimaryKey({ type: 'string', length: 3 })
  code!: string;

  @Field({ description: 'Name of the tax office, e.g. "KPP Pratama Bandung".' })
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'string', length: 5 })
  regencyCode!: string;
}
