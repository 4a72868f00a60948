import { Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { KKScalar } from '../../../schema/scalars/identity.scalars';
import { Citizen } from './citizen.entity';

@ObjectType({ description: 'A family card (Kartu Keluarga) and the people on it.' })
@Entity({ schema: 'population', tableName: 'family' })
export class Family {
  @Field(() => KKScalar, { description: 'Nomor Kartu Keluarga: the 16-digit family card number.' })
  @PrimaryKey({ type: 'string', length: 16 })
  kk!: string;

  @Field({ description: 'ISO date the card was issued.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @OneToMany(() => Citizen, (citizen) => citizen.family)
  members = new Collection<Citizen>(this);
}
