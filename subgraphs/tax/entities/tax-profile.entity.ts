import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Provenance } from '../../../schema/provenance';
import { NPWPScalar } from '../../../schema/scalars/identity.scalars';
import { MatchingStatus, TaxpayerStatus } from './tax.enums';
import { TaxOffice } from './tax-office.entity';

@ObjectType({ description: "A person's registration with the tax authority (DJP)." })
@Entity({ schema: 'tax', tableName: 'taxpayer' })
export class TaxProfile {
  @Field(() => NPWPScalar, {
    description: 'NPWP in its 16-digit form: the NIK for residents, 0 + the legacy 15 digits otherwise.',
  })
  @PrimaryKey({ type: 'string', length: 16 })
  npwp!: string;

  @Unique()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Field(() => TaxpayerStatus, { description: 'Registration status of the NPWP.' })
  @Enum({ items: () => TaxpayerStatus, type: 'text' })
  status!: TaxpayerStatus;

  @Field(() => MatchingStatus, { description: 'Whether the NIK is matched with the NPWP (pemadanan).' })
  @Enum({ items: () => MatchingStatus, type: 'text' })
  matchingStatus!: MatchingStatus;

  @Field(() => TaxOffice, { description: 'The tax office (KPP) the taxpayer is registered at.' })
  @Index()
  @ManyToOne(() => TaxOffice, { fieldName: 'tax_office_code' })
  taxOffice!: Rel<TaxOffice>;

  @Field({ description: 'ISO date of registration.' })
  @Property({ type: 'date' })
  registeredOn!: string;

  @Field(() => Provenance, { description: 'Where the registration came from (Coretax DJP, or the seed).' })
  @Embedded(() => Provenance, { prefix: 'source_' })
  source!: Provenance;
}
