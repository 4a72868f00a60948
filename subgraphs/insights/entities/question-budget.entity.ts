import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** One version of a planner's daily question budget (append-only; the newest is in force). */
@Entity({ schema: 'insights', tableName: 'question_budget' })
export class QuestionBudgetVersion {
  /** The planner's subject, as their token names them. */
  @PrimaryKey({ type: 'text' })
  planner!: string;

  @PrimaryKey({ type: 'integer' })
  version!: number;

  @Property({ type: 'integer' })
  questionsPerDay!: number;

  @Property({ type: 'text' })
  changedBy!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'datetime' })
  changedAt: Date & Opt = new Date();
}
