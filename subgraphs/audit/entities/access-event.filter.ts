import { Field, InputType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';

@InputType({ description: 'Which events: every condition given must hold.' })
export class AccessEventFilter {
  @Field(() => NIKScalar, { nullable: true })
  nik?: string | null;

  @Field(() => String, { nullable: true })
  clientId?: string | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: 'ALLOWED, REFUSED or PARTIAL.' })
  decision?: string | null;

  @Field(() => String, { nullable: true, description: 'An event kind, e.g. ACCESS or RULE_CHANGED.' })
  kind?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time (exclusive).' })
  to?: Date | null;
}
