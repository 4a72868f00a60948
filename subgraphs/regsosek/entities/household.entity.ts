import { ArrayType, Collection, Embedded, Entity, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Provenance } from '../../../schema/provenance';
import { KKScalar } from '../../../schema/scalars/identity.scalars';
import { HouseholdMember } from './household-member.entity';
import { HouseholdRegion } from './household-region.embeddable';
import { Housing } from './housing.embeddable';
import { Asset } from './regsosek.enums';

@ObjectType({
  description: 'A household in the DTSEN socio-economic register (Regsosek, DTKS and P3KE merged in 2025).',
})
@Directive('@key(fields: "id")')
@Entity({ schema: 'regsosek', tableName: 'household' })
export class Household {
  @Field(() => ID, { description: 'DTSEN household identifier.' })
  @PrimaryKey({ type: 'string', length: 20 })
  id!: string;

  @Field(() => KKScalar, { description: 'The family card the household was registered from.' })
  @Unique()
  @Property({ type: 'string', length: 16 })
  kk!: string;

  @Field(() => HouseholdRegion, { description: 'Where the household lives, in Kemendagri and BPS codes.' })
  @Embedded(() => HouseholdRegion, { prefix: false })
  region!: HouseholdRegion;

  @Field(() => Int, { description: 'Welfare decile from the proxy-means test: 1 is the poorest tenth of households.' })
  @Property({ type: 'smallint' })
  welfareDecile!: number;

  @Field(() => Housing, { description: 'Housing conditions recorded by the survey.' })
  @Embedded(() => Housing, { prefix: false })
  housing!: Housing;

  @Field(() => [Asset], { description: 'Assets the household owns, as recorded by the survey.' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  assets!: Asset[];

  @Field({ description: 'ISO date of the survey visit.' })
  @Property({ type: 'date' })
  surveyedOn!: string;

  @Field(() => Provenance, { description: 'Where the household record came from (BPS through DTSEN, or the seed).' })
  @Embedded(() => Provenance, { prefix: 'source_' })
  source!: Provenance;

  @OneToMany(() => HouseholdMember, (member) => member.household)
  members = new Collection<HouseholdMember>(this);
}
