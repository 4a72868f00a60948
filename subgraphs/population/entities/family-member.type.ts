import { Field, ObjectType, Directive } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { Citizen } from './citizen.entity';
import { FamilyRelationship } from './population.enums';

@ObjectType({ description: 'A person on a family card and their relationship to its head.' })
export class FamilyMember {
  @Field(() => FamilyRelationship, { description: 'Relationship to the head of the family card (SHDK).' })
  relationship!: FamilyRelationship;

  @Directive(sensitive('population.family'))
  @Field(() => Citizen, { nullable: true, description: 'The person on the card.' })
  citizen!: Citizen;
}
