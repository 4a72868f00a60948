import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Tax compliance (KSWP) at submission.' })
export class ComplianceSnapshot {
  @Field({ description: 'KSWP outcome: VALID or INVALID.' }) status!: string;
  @Field(() => [String], { description: 'Every reason the status was INVALID; empty when VALID.' }) reasons!: string[];
}
