import { Embeddable, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'Where the household lives, in both coding systems: Kemendagri (the hub key) and BPS (the survey).',
})
@Embeddable()
export class HouseholdRegion {
  @Field({ description: 'Kemendagri village code `PP.RR.SS.VVVV`.' })
  @Property({ type: 'string', length: 13 })
  villageCode!: string;

  @Field({
    description: 'BPS village code (10 digits): same province and regency, BPS district and village numbering.',
  })
  @Property({ type: 'string', length: 10 })
  bpsVillageCode!: string;

  @Field({ description: 'Urban (perkotaan) or rural (perdesaan) by the BPS classification.' })
  @Property({ type: 'boolean' })
  urban!: boolean;
}
