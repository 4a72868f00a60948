import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A kind of personal data the graph releases; rules and consents name scopes.' })
export class ScopeDefinition {
  @Field({ description: '<agency>.<category>, e.g. health.coverage.' })
  name!: string;

  @Field({ description: 'What data the scope covers.' })
  description!: string;

  @Field({ description: 'GENERAL or SPECIFIC personal data (UU PDP Pasal 4).' })
  sensitivity!: string;
}
