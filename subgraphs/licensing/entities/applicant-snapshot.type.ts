import { Directive, Field, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';

@ObjectType({ description: 'The applicant as the population register knew them at submission.' })
export class ApplicantSnapshot {
  @Field({ description: 'Full name as registered.' }) fullName!: string;
  @Field({ description: 'Sex as registered: MALE or FEMALE.' }) sex!: string;
  @Field({ description: 'Place of birth as registered.' }) birthPlace!: string;
  @Field({ description: 'ISO date of birth.' }) birthDate!: string;
  @Directive(sensitive('population.address'))
  @Field(() => String, {
    nullable: true,
    description: 'One-line address: street, RT/RW, village, district, regency, province.',
  })
  address!: string;
}
