import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "The applicant's STR at submission." })
export class StrSnapshot {
  @Field({ description: 'STR number (opaque).' }) number!: string;
  @Field({ description: 'Health profession (a HealthProfession value).' }) profession!: string;
  @Field(() => String, { nullable: true, description: 'ISO expiry date; null for a lifetime STR.' }) validUntil?:
    string | null;
}
