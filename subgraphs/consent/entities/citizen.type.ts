import { Directive, Field, ObjectType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';

/** The population subgraph's Citizen, referenced from `Me.citizen`; this subgraph adds the pending corrections. */
@ObjectType('Citizen')
@Directive('@key(fields: "nik")')
export class Citizen {
  @Field(() => NIKScalar, {
    description: 'Nomor Induk Kependudukan: the 16-digit population identity number that keys a citizen.',
  })
  nik!: string;
}
