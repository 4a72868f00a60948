import { Field, InputType } from 'type-graphql';

@InputType({ description: 'The business an NIB is applied for: all the applicant enters.' })
export class NibApplicationInput {
  @Field(() => String, { description: 'The business name, 3-200 characters.' })
  name!: string;

  @Field(() => String, { description: 'Its activity as a 5-digit KBLI 2020 code, e.g. 56103 (Kedai Makanan).' })
  kbli!: string;
}

@InputType({ description: 'The address a citizen is moving to: all the applicant enters.' })
export class AddressChangeInput {
  @Field(() => String, { description: 'Kemendagri village (kelurahan or desa) code PP.RR.DD.VVVV.' })
  villageCode!: string;

  @Field(() => String, { description: 'Street and house number, 3-200 characters.' })
  street!: string;

  @Field(() => String, { description: 'RT, 3 digits.' })
  rt!: string;

  @Field(() => String, { description: 'RW, 3 digits.' })
  rw!: string;
}

@InputType('SipLocationInput', {
  description: 'Where a health worker will practise: all the applicant enters for a SIP.',
})
export class PracticeLocationInput {
  @Field(() => String, { description: 'Name of the practice (clinic, hospital, own practice), 3-200 characters.' })
  name!: string;

  @Field(() => String, { description: 'Kemendagri code of its regency or city, PP.RR.' })
  regencyCode!: string;
}
