import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where the applicant will practise.' })
export class PracticeLocation {
  @Field({ description: 'Name of the facility or practice, 3-200 characters.' })
  name!: string;

  @Field({ description: 'Kemendagri code `PP.RR` of the regency or city that issues the SIP.' })
  regencyCode!: string;
}
