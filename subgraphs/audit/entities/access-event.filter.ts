import { Field, InputType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';

@InputType({ description: 'Which events: every condition given must hold.' })
export class AccessEventFilter {
  @Field(() => NIKScalar, { nullable: true, description: 'Only events about this person.' })
  nik?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events of this client.' })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events under this purpose code.' })
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
