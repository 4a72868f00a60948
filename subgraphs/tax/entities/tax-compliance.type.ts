import { Field, ObjectType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { ComplianceStatus } from './tax.enums';

@ObjectType({ description: 'Taxpayer status confirmation (KSWP) as a licensing service asks for it.' })
export class TaxCompliance {
  @Field(() => NIKScalar, { description: 'The NIK the confirmation is for.' })
  nik!: string;

  @Field(() => ComplianceStatus, { description: 'VALID when the person is a compliant taxpayer.' })
  status!: ComplianceStatus;

  @Field(() => [String], { description: 'Every reason the status is INVALID; empty when VALID.' })
  reasons!: string[];
}
