import { Field, ObjectType, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { Business } from './business.entity';
import { Sip } from './sip.entity';
import { Str } from './str.entity';

@ObjectType({ description: 'Professional and business licences a person holds.' })
export class Licences {
  @Directive(sensitive('licensing.professional'))
  @Field(() => Str, { nullable: true })
  str!: Str | null;

  @Directive(sensitive('licensing.professional'))
  @Field(() => [Sip], { nullable: true })
  sips!: Sip[];

  @Directive(sensitive('licensing.business'))
  @Field(() => [Business], { nullable: true })
  businesses!: Business[];
}
