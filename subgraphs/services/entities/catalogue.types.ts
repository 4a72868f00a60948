import { Field, Int, ObjectType } from 'type-graphql';
import { LegalBasis, ServiceCode } from './services.enums';
import { Mpp } from './mpp.entity';

@ObjectType({ description: "A service's requirement and the scope of the applicant's data it is checked against." })
export class ServiceRequirement {
  @Field(() => String, { description: 'The requirement.' })
  requirement!: string;

  @Field(() => String, { description: 'The scope its check reads, e.g. regsosek.eligibility.' })
  scope!: string;
}

@ObjectType({
  description: 'A service as one MPP offers it: what it is, what it needs, what it costs, how long it takes.',
})
export class ServiceOffering {
  @Field(() => ServiceCode, { description: 'The service.' })
  service!: ServiceCode;

  @Field(() => String, { description: "The service's name." })
  name!: string;

  @Field(() => String, { description: 'The agency responsible for it.' })
  agency!: string;

  @Field(() => [ServiceRequirement], { description: 'What the applicant must meet, each checked against the graph.' })
  requirements!: ServiceRequirement[];

  @Field(() => LegalBasis, { description: 'The lawful basis on which the graph is read for it (UU PDP Pasal 20).' })
  legalBasis!: LegalBasis;

  @Field(() => String, { description: 'The regulations that establish it.' })
  legalReference!: string;

  @Field(() => Int, { description: 'Fee in rupiah; 0 when free.' })
  feeRupiah!: number;

  @Field(() => Int, { description: "The MPP's service standard: working days from submission to completion." })
  standardDays!: number;

  @Field(() => Int, { description: 'Working days within which a complaint about it is answered.' })
  complaintDays!: number;

  @Field(() => Mpp, { description: 'The MPP offering it.' })
  mpp!: Mpp;
}
