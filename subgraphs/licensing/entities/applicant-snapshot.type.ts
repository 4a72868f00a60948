import { Directive, Field, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';

@ObjectType({ description: 'The applicant as the population register knew them at submission.' })
export class ApplicantSnapshot {
  @Field() fullName!: string;
  @Field() sex!: string;
  @Field() birthPlace!: string;
  @Field() birthDate!: string;
  @Directive(sensitive('population.address'))
  @Field(() => String, {
    nullable: true,
    description: 'One-line address: street, RT/RW, village, district, regency, province.',
  })
  address!: string;
}
