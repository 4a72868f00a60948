import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'How many consents a client holds for a purpose, by status: consent metadata, no person named.',
})
export class ConsentCount {
  @Field({ description: 'The client holding the consents.' })
  clientId!: string;

  @Field({ description: 'The purpose code the consents are for.' })
  purpose!: string;

  @Field(() => Int, { description: 'Consents in force now.' })
  active!: number;

  @Field(() => Int, { description: 'Consents whose validity is still to start.' })
  pending!: number;

  @Field(() => Int, { description: 'Consents past their end.' })
  expired!: number;

  @Field(() => Int, { description: 'Consents the citizen withdrew.' })
  revoked!: number;
}
