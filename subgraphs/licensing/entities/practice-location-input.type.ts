import { Field, InputType } from 'type-graphql';

/** The practice location as an applicant gives it (the stored PracticeLocation is validated from it). */
@InputType({ description: 'Where the applicant will practise.' })
export class PracticeLocationInput {
  @Field({ description: 'Name of the facility or practice, 3-200 characters.' })
  name!: string;

  @Field({ description: 'Kemendagri code `PP.RR` of the regency or city that issues the SIP.' })
  regencyCode!: string;
}
