import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';

/** What a Dukcapil change event did to a person's record. */
export enum ChangeKind {
  ADDRESS_CHANGED = 'ADDRESS_CHANGED',
  DIED = 'DIED',
  FAMILY_SPLIT = 'FAMILY_SPLIT',
}
registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: "What a Dukcapil change event did to a person's record.",
  valuesConfig: {
    ADDRESS_CHANGED: { description: 'The person moved: read the new address through `citizen`.' },
    DIED: { description: 'The death was registered: read the date through `citizen.diedOn`.' },
    FAMILY_SPLIT: { description: 'Pecah KK: the person moved to a new family card, e.g. on marriage or divorce.' },
  },
});

/**
 * One person's entry in the population change feed, written with the change itself (connectors/dukcapil).
 * Its fields tell whose record changed, so each is released per person, like the address it announces.
 */
@ObjectType('PopulationChange', {
  description: "A change to one person's population record: read the new values through `citizen`.",
})
@Entity({ schema: 'population', tableName: 'change' })
export class PopulationChange {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Property({ type: 'text' })
  eventId!: string;

  @Index()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Directive(sensitive('population.address'))
  @Field(() => ChangeKind, { nullable: true, description: 'What the change did to the record.' })
  @Enum({ items: () => ChangeKind, type: 'text' })
  kind!: ChangeKind;

  @Directive(sensitive('population.address'))
  @Field(() => Date, {
    name: 'at',
    nullable: true,
    description: 'When the change took effect, as Dukcapil recorded it.',
  })
  @Property({ type: 'datetime' })
  effectiveAt!: Date;

  @Property({ type: 'datetime' })
  recordedAt: Date & Opt = new Date();
}
