import { Migration } from '@mikro-orm/migrations';

/**
 * The access log: every release decision on personal data, consent grants and revocations and steward changes,
 * as events in one sequence, sealed into an RFC 6962 Merkle tree whose signed checkpoints make any later edit
 * detectable (`npm run audit:verify`). Events and checkpoints are append-only for every role; `log_head` holds
 * the tree's right edge so that appending never re-reads the log (the verifier never trusts it).
 *
 * The log is read only as `citizen360_log_reader`, a role with SELECT and nothing else: whatever a reader's
 * query does, the database itself refuses to change the log.
 */
export class Migration20261124150000_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "audit";`);
    this.addSql(`create table "audit"."access_event" (
      "position" bigint not null check ("position" >= 1), "at" timestamptz not null,
      "kind" text check ("kind" in ('ACCESS', 'CONSENT_GRANTED', 'CONSENT_REVOKED', 'RULE_CHANGED', 'CLIENT_CHANGED',
        'PURPOSE_CHANGED')) not null,
      "request_id" text not null, "actor_subject" text not null, "actor_role" text not null,
      "client_id" text null, "purpose" text null,
      "nik" varchar(16) null, "decision" text check ("decision" in ('ALLOWED', 'REFUSED', 'PARTIAL')) null,
      "basis" text null,
      "consent_ids" text[] not null, "rule_version" int null, "scopes" text[] not null,
      "refused_scopes" text[] not null, "fields" text[] not null,
      "reason" text null, "detail" jsonb null, "leaf_hash" bytea not null,
      constraint "access_event_pkey" primary key ("position"));`);
    this.addSql(
      `create index "access_event_subject" on "audit"."access_event" ("nik", "position" desc) where "nik" is not null;`,
    );
    this.addSql(`create index "access_event_client_at" on "audit"."access_event" ("client_id", "at");`);
    this.addSql(`create index "access_event_at" on "audit"."access_event" ("at");`);
    this.addSql(
      `create table "audit"."checkpoint" ("size" bigint not null check ("size" >= 1), "root" bytea not null, "at"
        timestamptz not null, "key_id" text not null, "signature" bytea not null, constraint "checkpoint_pkey" primary
        key ("size"));`,
    );
    this.addSql(
      `create table "audit"."log_head" ("id" smallint not null check ("id" = 1), "size" bigint not null, "frontier"
        bytea[] not null, constraint "log_head_pkey" primary key ("id"));`,
    );
    this.addSql(`insert into "audit"."log_head" ("id", "size", "frontier") values (1, 0, '{}');`);
    this.addSql(`create function "audit"."refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit.% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '55000';
      end
    $$;`);
    for (const table of ['access_event', 'checkpoint']) {
      this.addSql(
        `create trigger "${table}_append_only" before update or delete on "audit"."${table}" for each row execute
          function "audit"."refuse_change"();`,
      );
      this.addSql(
        `create trigger "${table}_no_truncate" before truncate on "audit"."${table}" for each statement execute
          function "audit"."refuse_change"();`,
      );
      this.addSql(`revoke update, delete, truncate on "audit"."${table}" from public;`);
    }
    // Roles belong to the cluster, not the database: created once, whichever database migrates first.
    this.addSql(`do $$ begin
      create role "citizen360_log_reader" nologin;
    exception when duplicate_object or unique_violation then null;
    end $$;`);
    this.addSql(`grant usage on schema "audit" to "citizen360_log_reader";`);
    this.addSql(`grant select on "audit"."access_event", "audit"."checkpoint" to "citizen360_log_reader";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "audit" cascade;`);
  }
}
