import { Field, ObjectType } from 'type-graphql';

/** Where a citizen lives: street and RT/RW within a Kemendagri village. */
@ObjectType({
  description:
    'Residential address: street, RT/RW and the Kemendagri village (with its district, regency and province).',
})
export class Address {
  @Field({ description: 'Street address (jalan and house number), as registered.' })
  street!: string;

  @Field({ description: 'Rukun Tetangga, three digits.' })
  rt!: string;

  @Field({ description: 'Rukun Warga, three digits.' })
  rw!: string;

  /** Resolved from the code by a per-request loader (address.resolver.ts). */
  villageCode!: string;
}
