import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where the applicant will practise.' })
@InputType('PracticeLocationInput')
export class PracticeLocation {
  @Field({ description: 'Name of the facility or practice, 3-200 characters.' })
  name!: string;

  @Field({ description: 'Kemendagri code `PP.RR` of the regency or city that issues the SIP.' })
  regencyCode!: string;
}

@ObjectType({ description: 'The applicant as the population register knew them at submission.' })
export class ApplicantSnapshot {
  @Field() fullName!: string;
  @Field() sex!: string;
  @Field() birthPlace!: string;
  @Field() birthDate!: string;
  @Field({ description: 'One-line address: street, RT/RW, village, district, regency, province.' }) address!: string;
}

@ObjectType({ description: 'The applicant\'s STR at submission.' })
export class StrSnapshot {
  @Field() number!: string;
  @Field() profession!: string;
  @Field(() => String, { nullable: true }) validUntil?: string | null;
}

@ObjectType({ description: 'Tax compliance (KSWP) at submission.' })
export class ComplianceSnapshot {
  @Field() status!: string;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType({ description: 'JKN membership at submission.' })
export class BpjsSnapshot {
  @Field() cardNumber!: string;
  @Field() segment!: string;
  @Field() status!: string;
}
