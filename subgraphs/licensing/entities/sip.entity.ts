import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('Sip', { description: 'Licence to practise (Surat Izin Praktik) at one location, issued by the regency or city for 5 years.' })
@Entity({ schema: 'licensing', tableName: 'sip' })
export class Sip {
  @Field()
  @PrimaryKey({ type: 'text' })
  number!: string;

  @Index()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Field()
  @Property({ type: 'text' })
  strNumber!: string;

  @Field({ description: 'Name of the practice location.' })
  @Property({ type: 'text' })
  practiceLocation!: string;

  @Field({ description: 'Kemendagri code of the issuing regency or city.' })
  @Property({ type: 'string', length: 5 })
  regencyCode!: string;

  @Field()
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field()
  @Property({ type: 'date' })
  validUntil!: string;
}
