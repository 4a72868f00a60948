import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Mpp } from './mpp.entity';
import { ComplaintCategory, ServiceApplicationStatus, ServiceCode } from './services.enums';

@ObjectType({ description: 'One element of the satisfaction survey (Permenpan-RB 14/2017) and its figures.' })
export class IkmElement {
  @Field(() => String, { description: 'U1 to U9.' })
  code!: string;

  @Field(() => String, { description: 'Its name in the regulation.' })
  nameId!: string;

  @Field(() => String, { description: 'Its name in English.' })
  name!: string;

  @Field(() => Float, { description: 'Average score, 1-4, to 2 decimals.' })
  average!: number;

  @Field(() => Float, { description: 'Converted score (average x 25), 25-100, to 2 decimals.' })
  converted!: number;

  @Field(() => String, { description: 'Quality category: A, B, C or D.' })
  grade!: string;
}

@ObjectType({
  description:
    'The public satisfaction index (IKM) of Permenpan-RB 14/2017: the nine elements scored 1-4, equal weights, ' +
    'converted to 25-100, with its quality category.',
})
export class SatisfactionIndex {
  @Field(() => Int, { description: 'Survey responses counted.' })
  respondents!: number;

  @Field(() => Float, { nullable: true, description: 'The index on 1-4, to 2 decimals; null without responses.' })
  index?: number | null;

  @Field(() => Float, { nullable: true, description: 'The converted index (IKM), 25-100, to 2 decimals.' })
  converted?: number | null;

  @Field(() => String, { nullable: true, description: 'Quality category: A, B, C or D.' })
  grade?: string | null;

  @Field(() => String, { nullable: true, description: 'The category in the regulation\'s words, e.g. "Baik".' })
  gradeName?: string | null;

  @Field(() => [IkmElement], { description: 'Each element, U1 to U9; empty without responses.' })
  elements!: IkmElement[];
}

@ObjectType({ description: 'Applications with one status.' })
export class StatusCount {
  @Field(() => ServiceApplicationStatus, { description: 'The status.' })
  status!: ServiceApplicationStatus;

  @Field(() => Int, { description: 'Applications with it now.' })
  count!: number;
}

@ObjectType({ description: 'Complaints of one category.' })
export class CategoryCount {
  @Field(() => ComplaintCategory, { description: 'The category.' })
  category!: ComplaintCategory;

  @Field(() => Int, { description: 'Complaints of it.' })
  count!: number;
}

@ObjectType({ description: "One service's performance at one MPP over a period." })
export class ServicePerformance {
  @Field(() => ServiceCode, { description: 'The service.' })
  service!: ServiceCode;

  @Field(() => Int, { description: 'Applications submitted in the period.' })
  submitted!: number;

  @Field(() => [StatusCount], { description: 'Those applications by their status now.' })
  byStatus!: StatusCount[];

  @Field(() => Int, { description: 'Of them, completed.' })
  completed!: number;

  @Field(() => Int, { description: 'Completed by their due date (the service standard).' })
  completedWithinStandard!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the completed ones completed within the standard, 0-1; null when none was completed.',
  })
  shareWithinStandard?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median working days from submission to completion or rejection; null when none was decided.',
  })
  medianProcessingDays?: number | null;

  @Field(() => Int, { description: 'Still open past their due date, now.' })
  overdue!: number;

  @Field(() => Int, { description: 'Complaints filed in the period.' })
  complaints!: number;

  @Field(() => [CategoryCount], { description: 'Those complaints by category.' })
  complaintsByCategory!: CategoryCount[];

  @Field(() => Int, { description: 'Of them, answered (or closed).' })
  complaintsAnswered!: number;

  @Field(() => Int, { description: 'Answered by their due date.' })
  complaintsAnsweredInTime!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median working days from a complaint to its answer; null when none was answered.',
  })
  medianComplaintResolutionDays?: number | null;

  @Field(() => SatisfactionIndex, { description: 'The satisfaction index of the survey responses in the period.' })
  satisfaction!: SatisfactionIndex;
}

@ObjectType({ description: "One MPP's performance over a period, by service." })
export class MppPerformance {
  @Field(() => Mpp, { description: 'The MPP.' })
  mpp!: Mpp;

  @Field(() => [ServicePerformance], { description: 'Each service it offers.' })
  services!: ServicePerformance[];

  @Field(() => SatisfactionIndex, { description: 'The satisfaction index over all its services.' })
  satisfaction!: SatisfactionIndex;
}
