import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "The applicant's STR at submission." })
export class StrSnapshot {
  @Field() number!: string;
  @Field() profession!: string;
  @Field(() => String, { nullable: true }) validUntil?: string | null;
}
