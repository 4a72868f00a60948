import { Embeddable, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Electricity, FloorMaterial, RoofMaterial, Sanitation, WallMaterial, WaterSource } from './regsosek.enums';

@ObjectType({ description: 'Housing conditions recorded by the DTSEN survey.' })
@Embeddable()
export class Housing {
  @Field(() => Int, { description: 'Floor area in square metres.' })
  @Property({ type: 'smallint' })
  floorAreaM2!: number;

  @Field(() => FloorMaterial, { description: 'Main floor material.' })
  @Enum({ items: () => FloorMaterial, type: 'text' })
  floorMaterial!: FloorMaterial;

  @Field(() => WallMaterial, { description: 'Main wall material.' })
  @Enum({ items: () => WallMaterial, type: 'text' })
  wallMaterial!: WallMaterial;

  @Field(() => RoofMaterial, { description: 'Main roof material.' })
  @Enum({ items: () => RoofMaterial, type: 'text' })
  roofMaterial!: RoofMaterial;

  @Field(() => WaterSource, { description: 'Main source of drinking water.' })
  @Enum({ items: () => WaterSource, type: 'text' })
  drinkingWater!: WaterSource;

  @Field(() => Sanitation, { description: 'The toilet the household uses.' })
  @Enum({ items: () => Sanitation, type: 'text' })
  sanitation!: Sanitation;

  @Field(() => Electricity, { description: 'Main source of lighting.' })
  @Enum({ items: () => Electricity, type: 'text' })
  electricity!: Electricity;

  @Field(() => Int, { nullable: true, description: 'Connected power in VA, for metered PLN connections.' })
  @Property({ type: 'integer', nullable: true })
  electricityVa?: number | null;
}
