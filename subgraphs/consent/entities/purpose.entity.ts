import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "A purpose of use from the steward's catalogue; officers state one per request." })
@Directive('@key(fields: "code")')
@Entity({ schema: 'consent', tableName: 'purpose' })
export class Purpose {
  @Field({ description: 'Upper-case code, e.g. LICENSE_APPLICATION: what the x-purpose header carries.' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field({ description: 'Short name of the purpose.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'What the purpose covers, as the steward defined it.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Boolean, { description: 'A retired purpose is refused in every request.' })
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;
}
