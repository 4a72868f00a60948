import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A public service mall (Mal Pelayanan Publik) of a regency or city, where its services are offered. */
@ObjectType({ description: 'A public service mall (Mal Pelayanan Publik, MPP) of a regency or city.' })
@Entity({ schema: 'services', tableName: 'mpp' })
export class Mpp {
  @Field(() => ID, { description: 'Identifier, e.g. mpp-3273.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String, { description: 'Name, e.g. "MPP Kota Bandung".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Kemendagri code of its regency or city, PP.RR.' })
  @Index()
  @Property({ type: 'string', length: 5 })
  regencyCode!: string;

  @Field(() => String, { description: 'Where it is.' })
  @Property({ type: 'text' })
  address!: string;
}
