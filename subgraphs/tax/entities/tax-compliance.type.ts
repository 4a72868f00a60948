import { Field, ObjectType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { ComplianceStatus } from './tax.enums';

@ObjectType({ description: 'Taxpayer status confirmation (KSWP) as a licensing service asks for it.' })
export class TaxCompliance {
  @Field(() => NIKScalar)
  nik!: string;

  @Field(() => ComplianceStatus)
  status!: ComplianceStatus;

  @Field(() => [String], { description: 'Every reason the status is INVALID; empty when VALID.' })
  reasons!: string[];
}
