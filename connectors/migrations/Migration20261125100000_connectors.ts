import { Migration } from '@mikro-orm/migrations';

/**
 * The connectors' bookkeeping: one row per import run with its checkpoint and counts (updated in the same
 * transaction as the rows each batch writes, so a killed run resumes exactly where its last batch committed),
 * the quarantine of bad records with their reasons, and the BPS-to-Kemendagri village crosswalk DTSEN records
 * are mapped through.
 */
export class Migration20261125100000_connectors extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "connectors";`);
    this.addSql(`create table "connectors"."import_run" (
      "id" uuid not null primary key,
      "source" text not null,
      "input" text not null,
      "fingerprint" text not null,
      "status" text check ("status" in ('RUNNING', 'DONE')) not null,
      "cursor" text null,
      "progress" bigint not null default 0,
      "read" int not null default 0,
      "inserted" int not null default 0,
      "updated" int not null default 0,
      "unchanged" int not null default 0,
      "quarantined" int not null default 0,
      "started_at" timestamptz not null,
      "resumed_at" timestamptz null,
      "finished_at" timestamptz null);`);
    this.addSql(
      `create unique index "import_run_unfinished" on "connectors"."import_run" ("source", "fingerprint") where
        "status" = 'RUNNING';`,
    );
    this.addSql(`create table "connectors"."quarantine" (
      "run_id" uuid not null references "connectors"."import_run" ("id"),
      "position" int not null,
      "reason" text not null,
      "record" text not null,
      constraint "quarantine_pkey" primary key ("run_id", "position"));`);
    this.addSql(`create table "connectors"."bps_village" (
      "bps_code" varchar(10) not null primary key,
      "village_code" varchar(13) not null unique);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "connectors" cascade;`);
  }
}
