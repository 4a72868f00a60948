import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'JKN membership at submission.' })
export class BpjsSnapshot {
  @Field({ description: '13-digit JKN card number.' }) cardNumber!: string;
  @Field({ description: 'JKN segment (a BpjsSegment value).' }) segment!: string;
  @Field({ description: 'Membership status (a MembershipStatus value).' }) status!: string;
}
