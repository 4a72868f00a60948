import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { EmploymentSector } from './regsosek.enums';

@ObjectType({ description: 'What an automated eligibility decision was made from: the household data and the rule.' })
export class DecisionInputs {
  @Field(() => Int, { description: "The household's welfare decile (1 = poorest tenth)." })
  welfareDecile!: number;

  @Field(() => Int, { nullable: true, description: "The rule's cut-off: households up to this decile; null: no rule." })
  maxDecile!: number | null;

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => [EmploymentSector], {
    nullable: true,
    description: 'Sectors whose employees exclude a household under the rule.',
  })
  excludedSectors!: EmploymentSector[];

  @Directive(sensitive('regsosek.eligibility'))
  @Field(() => [EmploymentSector], {
    nullable: true,
    description: "The sectors the household's members work in, as the decision looked at them (one per member).",
  })
  memberSectors!: EmploymentSector[];
}
