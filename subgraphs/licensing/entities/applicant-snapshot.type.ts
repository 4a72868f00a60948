import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The applicant as the population register knew them at submission.' })
export class ApplicantSnapshot {
  @Field() fullName!: string;
  @Field() sex!: string;
  @Field() birthPlace!: string;
  @Field() birthDate!: string;
  @Field({ description: 'One-line address: street, RT/RW, village, district, regency, province.' }) address!: string;
}
