import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Tax compliance (KSWP) at submission.' })
export class ComplianceSnapshot {
  @Field() status!: string;
  @Field(() => [String]) reasons!: string[];
}
