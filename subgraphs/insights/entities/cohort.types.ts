import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import {
  AgeBand,
  BpjsSegment,
  CohortProgramme,
  CohortUnit,
  Dimension,
  LicenceHeld,
  Sex,
  SuppressionReason,
  TaxpayerStatus,
} from './insights.enums';

@InputType({ description: 'Who is in the cohort: every condition given must hold.' })
export class CohortFilter {
  @Field(() => String, {
    nullable: true,
    description: 'A Kemendagri province (53), regency (53.01) or district (53.01.01) code.',
  })
  regionPrefix?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Only people of this sex.' })
  sex?: Sex | null;

  @Field(() => [AgeBand], { nullable: true, description: 'Only people in one of these age bands.' })
  ageBands?: AgeBand[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Lowest welfare decile (1-10); people in no surveyed household are left out when a decile is given.',
  })
  decileMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest welfare decile (1-10).' })
  decileMax?: number | null;

  @Field(() => [CohortProgramme], { nullable: true, description: 'Eligible for every programme listed.' })
  eligibleFor?: CohortProgramme[] | null;

  @Field(() => [BpjsSegment], { nullable: true, description: 'JKN segment among these.' })
  bpjsSegments?: BpjsSegment[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: JKN membership active; false: none or not active.' })
  bpjsActive?: boolean | null;

  @Field(() => [TaxpayerStatus], { nullable: true, description: 'NPWP status among these.' })
  npwpStatuses?: TaxpayerStatus[] | null;

  @Field(() => [LicenceHeld], { nullable: true, description: 'Holding any of these licences.' })
  licences?: LicenceHeld[] | null;
}

@ObjectType({
  description: 'Where a cell sits on one dimension: a region code, a sex, an age band, a decile or a segment.',
})
class Coordinate {
  @Field(() => Dimension, { description: 'The dimension.' })
  dimension!: Dimension;

  @Field(() => String, {
    nullable: true,
    description: 'null: people with no value here (no surveyed household, no JKN membership).',
  })
  value!: string | null;
}

@ObjectType({ description: 'A count after disclosure control: perturbed, or withheld with the reason.' })
class CohortCell {
  @Field(() => [Coordinate], {
    description: 'Where the cell sits, one coordinate per groupBy dimension; empty for the total.',
  })
  coordinates!: Coordinate[];

  @Field(() => Int, { nullable: true, description: 'Perturbed count; null when suppressed.' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'count / total count.' })
  share!: number | null;

  @Field(() => SuppressionReason, {
    nullable: true,
    description: 'Why the count is withheld; null when it is published.',
  })
  suppressed!: SuppressionReason | null;
}

@ObjectType({
  description: 'A cross-sector cohort table: counts only, under disclosure control; nobody in it can be singled out.',
})
export class Cohort {
  @Field(() => Date, { description: "When the projection it is counted on was built from the agencies' data." })
  asOf!: Date;

  @Field(() => CohortUnit, { description: 'What is counted: people or households.' })
  unit!: CohortUnit;

  @Field(() => [Dimension], { description: 'The dimensions the cells are grouped by, as asked.' })
  groupBy!: Dimension[];

  @Field(() => Int, { description: 'The minimum cell size applied: smaller counts are suppressed.' })
  minCellSize!: number;

  @Field(() => Int, { description: 'Largest perturbation, plus or minus, of any published count.' })
  maxPerturbation!: number;

  @Field(() => CohortCell, { description: 'The whole cohort (no coordinates).' })
  total!: CohortCell;

  @Field(() => [CohortCell], { description: 'One per combination present in the cohort.' })
  cells!: CohortCell[];
}

@ObjectType({ description: 'A version of the disclosure control settings, with who set it and why.' })
export class DisclosureControl {
  @Field(() => Int, { description: 'Version number; each change makes a new one.' })
  version!: number;

  @Field(() => Int, { description: 'Smallest count published; smaller cells are suppressed (3 to 1000).' })
  minCellSize!: number;

  @Field(() => Int, { description: 'Largest perturbation of a published count, plus or minus (0 to 10).' })
  maxPerturbation!: number;

  @Field({ description: 'The steward who set this version.' })
  changedBy!: string;

  @Field({ description: "Why, in the steward's words." })
  reason!: string;

  @Field(() => Date, { description: 'When this version was set.' })
  changedAt!: Date;
}

@ObjectType({ description: "A planner's daily question budget and what they asked of it today (UTC)." })
export class QuestionBudget {
  @Field({ description: 'The planner, as their token names them.' })
  planner!: string;

  @Field(() => Int, { description: 'Questions allowed per UTC day.' })
  questionsPerDay!: number;

  @Field(() => Int, { description: 'Questions asked today (UTC), those refused past the budget excepted.' })
  askedToday!: number;

  @Field(() => Int, { description: "The steward's version; 0 for the hub's default." })
  version!: number;

  @Field(() => String, { nullable: true, description: 'null for the default.' })
  changedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Why, in the steward's words; null for the default." })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the steward set this version; null for the default.' })
  changedAt!: Date | null;
}
