import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Provenance } from '../../../schema/provenance';

@ObjectType({
  description: 'Licence to practise (Surat Izin Praktik) at one location, issued by the regency or city for 5 years.',
})
@Entity({ schema: 'licensing', tableName: 'sip' })
export class Sip {
  @Field({ description: 'SIP number.' })
  @PrimaryKey({ type: 'text' })
  number!: string;

  @Index()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Field({ description: 'Number of the STR the SIP rests on.' })
  @Property({ type: 'text' })
  strNumber!: string;

  @Field({ description: 'Name of the practice location.' })
  @Property({ type: 'text' })
  practiceLocation!: string;

  @Field({ description: 'Kemendagri code of the issuing regency or city.' })
  @Property({ type: 'string', length: 5 })
  regencyCode!: string;

  @Field({ description: 'ISO date of issue.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field({ description: 'ISO expiry date (5 years after issue).' })
  @Property({ type: 'date' })
  validUntil!: string;

  /**
   * Where the licence came from. A SIP issued by approving an application in the hub has no agency record
   * behind it, so a new entity starts as issued through the hub; imported and seeded rows carry their own.
   */
  @Field(() => Provenance, {
    description: 'Where the licence came from: the agency and system, or this hub for a SIP issued through it.',
  })
  @Embedded(() => Provenance, { prefix: 'source_' })
  source!: Provenance;
}
