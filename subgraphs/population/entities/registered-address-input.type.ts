import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An address as Dukcapil registers it.' })
export class RegisteredAddressInput {
  @Field(() => String, { description: 'Kemendagri village (kelurahan or desa) code PP.RR.DD.VVVV.' })
  villageCode!: string;

  @Field(() => String, { description: 'Street and house number, 3-200 characters.' })
  street!: string;

  @Field(() => String, { description: 'RT, 3 digits.' })
  rt!: string;

  @Field(() => String, { description: 'RW, 3 digits.' })
  rw!: string;
}
