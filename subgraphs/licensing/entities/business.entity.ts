import { Collection, Embedded, Entity, Index, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Provenance } from '../../../schema/provenance';
import { BusinessActivity } from './business-activity.entity';

@ObjectType({ description: 'A business registered in OSS with its NIB (Nomor Induk Berusaha).' })
@Entity({ schema: 'licensing', tableName: 'business' })
export class Business {
  @Field({ description: '13-digit NIB.' })
  @PrimaryKey({ type: 'string', length: 13 })
  nib!: string;

  @Index()
  @Property({ type: 'string', length: 16 })
  ownerNik!: string;

  @Field({ description: 'Registered name of the business.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'ISO date the NIB was issued.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => Provenance, { description: 'Where the business record came from (OSS RBA, or the seed).' })
  @Embedded(() => Provenance, { prefix: 'source_' })
  source!: Provenance;

  @OneToMany(() => BusinessActivity, (activity) => activity.business)
  activities = new Collection<BusinessActivity>(this);
}
