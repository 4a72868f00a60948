import { Migration } from '@mikro-orm/migrations';

/**
 * The population change feed: one row per person a Dukcapil change event touched (an address change, a death,
 * a family-card split), written in the transaction that applies it. The event id makes applying it idempotent;
 * the row id is the feed's cursor. Also the date of death.
 */
export class Migration20261125120000_population_changes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "population"."citizen" add column "died_on" date null;`);
    this.addSql(`create table "population"."change" (
      "id" bigserial primary key,
      "event_id" text not null,
      "nik" varchar(16) not null,
      "kind" text check ("kind" in ('ADDRESS_CHANGED', 'DIED', 'FAMILY_SPLIT')) not null,
      "effective_at" timestamptz not null,
      "recorded_at" timestamptz not null default now(),
      constraint "change_event_person" unique ("event_id", "nik"));`);
    this.addSql(`create index "change_nik_index" on "population"."change" ("nik");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "population"."change";`);
    this.addSql(`alter table "population"."citizen" drop column "died_on";`);
  }
}
