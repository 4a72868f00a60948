import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FilingStatus, SptForm } from './tax.enums';

@ObjectType({ description: 'An annual income-tax return (SPT Tahunan) for one tax year.' })
@Entity({ schema: 'tax', tableName: 'filing' })
@Index({ properties: ['npwp', 'year'] })
export class Filing {
  /** `<npwp>-<year>`. */
  @PrimaryKey({ type: 'string', length: 21 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  npwp!: string;

  @Field(() => Int, { description: 'The tax year the return is for.' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => SptForm, { description: 'The SPT form filed.' })
  @Enum({ items: () => SptForm, type: 'text' })
  form!: SptForm;

  @Field(() => FilingStatus, { description: 'Whether the return was filed, and on time.' })
  @Enum({ items: () => FilingStatus, type: 'text' })
  status!: FilingStatus;

  @Field(() => String, { nullable: true, description: 'ISO date the return was received.' })
  @Property({ type: 'date', nullable: true })
  filedOn?: string | null;
}
