import { Entity, Enum, Index, ManyToOne, PrimaryKey, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { Household } from './household.entity';
import { Disability, EmploymentSector, EmploymentStatus, SchoolLevel } from './regsosek.enums';

@ObjectType({ description: 'A person in a DTSEN household, as the survey recorded them.' })
@Entity({ schema: 'regsosek', tableName: 'household_member' })
export class HouseholdMember {
  @Field(() => NIKScalar, { description: "The member's NIK." })
  @PrimaryKey({ type: 'string', length: 16 })
  nik!: string;

  @Index()
  @ManyToOne(() => Household, { fieldName: 'household_id' })
  household!: Rel<Household>;

  @Field(() => SchoolLevel, { description: 'Highest school level the member completed.' })
  @Enum({ items: () => SchoolLevel, type: 'text' })
  schoolLevel!: SchoolLevel;

  @Field(() => EmploymentStatus, { description: "The member's main activity." })
  @Enum({ items: () => EmploymentStatus, type: 'text' })
  employmentStatus!: EmploymentStatus;

  @Field(() => EmploymentSector, { description: 'The sector the member works in.' })
  @Enum({ items: () => EmploymentSector, type: 'text' })
  employmentSector!: EmploymentSector;

  @Field(() => Disability, { description: "The member's disability, if any." })
  @Enum({ items: () => Disability, type: 'text' })
  disability!: Disability;
}
