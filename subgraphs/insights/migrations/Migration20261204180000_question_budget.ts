import { Migration } from '@mikro-orm/migrations';

/**
 * Planners' daily question budgets: the steward's versions per planner (append-only, who and why, like the
 * disclosure settings), and the questions each planner asked per UTC day, counted as they are asked. And the
 * cohorts planners were answered about, by day, with their exact size and key sum, so that a cohort differing from
 * one of them by a few people is refused (differencing.ts); kept inside the insights schema, never shown.
 */
export class Migration20261204180000_question_budget extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "insights"."question_budget" (
      "planner" text not null, "version" int not null check ("version" >= 1),
      "questions_per_day" int not null check ("questions_per_day" between 0 and 100000),
      "changed_by" text not null, "reason" text not null, "changed_at" timestamptz not null default now(),
      constraint "question_budget_pkey" primary key ("planner", "version"));`);
    this.addSql(
      `create trigger "question_budget_append_only" before update or delete on "insights"."question_budget" for
        each row execute function "insights"."refuse_change"();`,
    );
    this.addSql(`create table "insights"."question_tally" (
      "planner" text not null, "day" date not null, "questions" int not null check ("questions" >= 0),
      constraint "question_tally_pkey" primary key ("planner", "day"));`);
    this.addSql(`create table "insights"."question_cohort" (
      "planner" text not null, "day" date not null, "unit" text not null, "filter" jsonb not null,
      "people" int not null, "key_sum" bigint not null, "asked_at" timestamptz not null default now(),
      constraint "question_cohort_pkey" primary key ("planner", "day", "unit", "filter"));`);
    this.addSql(`create index "question_cohort_size" on "insights"."question_cohort" ("unit", "people");`);
    this.addSql(`create index "question_cohort_day" on "insights"."question_cohort" ("day");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "insights"."question_cohort";`);
    this.addSql(`drop table if exists "insights"."question_tally";`);
    this.addSql(`drop table if exists "insights"."question_budget";`);
  }
}
