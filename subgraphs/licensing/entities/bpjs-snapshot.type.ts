import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'JKN membership at submission.' })
export class BpjsSnapshot {
  @Field() cardNumber!: string;
  @Field() segment!: string;
  @Field() status!: string;
}
