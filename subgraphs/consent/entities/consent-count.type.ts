import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'How many consents a client holds for a purpose, by status: consent metadata, no person named.',
})
export class ConsentCount {
  @Field()
  clientId!: string;

  @Field()
  purpose!: string;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  pending!: number;

  @Field(() => Int)
  expired!: number;

  @Field(() => Int)
  revoked!: number;
}
