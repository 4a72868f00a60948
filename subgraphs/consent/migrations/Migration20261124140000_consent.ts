import { Migration } from '@mikro-orm/migrations';

const APPEND_ONLY = ['access_rule', 'consent_event', 'steward_change'];

/**
 * The consent schema: registered clients, the purpose catalogue, the steward's versioned access rules, the
 * citizens' consent history, and the log of catalogue changes. Rules, consent and the change log are
 * append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every role, the owner included, and the
 * privileges are revoked as well, so a revocation or a rule change is always a new row.
 */
export class Migration20261124140000_consent extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "consent";`);
    this.addSql(
      `create table "consent"."client" ("id" text not null check ("id" ~ '^[a-z0-9][a-z0-9-]{1,62}$'), "name" text not
        null, "agency" text not null, "contact_email" text not null, "policy_url" text not null, "active" boolean not
        null default true, "registered_at" timestamptz not null default now(), constraint "client_pkey" primary key
        ("id"));`,
    );
    this.addSql(
      `create table "consent"."purpose" ("code" text not null check ("code" ~ '^[A-Z][A-Z0-9_]{1,63}$'), "name" text
        not null, "description" text not null, "active" boolean not null default true, constraint "purpose_pkey"
        primary key ("code"));`,
    );
    this.addSql(
      `create table "consent"."access_rule" ("client_id" text not null references "consent"."client" ("id"), "purpose"
        text not null references "consent"."purpose" ("code"), "version" int not null check ("version" >= 1), "scopes"
        text[] not null, "legal_basis" text check ("legal_basis" in ('CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION',
        'VITAL_INTEREST', 'PUBLIC_TASK', 'LEGITIMATE_INTEREST')) not null, "legal_reference" text not null, "retired"
        boolean not null default false, "changed_by" text not null, "reason" text not null, "changed_at" timestamptz
        not null default now(), constraint "access_rule_pkey" primary key ("client_id", "purpose", "version"));`,
    );
    this.addSql(
      `create table "consent"."consent_event" ("id" bigserial primary key, "consent_id" uuid not null, "kind" text
        check ("kind" in ('GRANTED', 'REVOKED')) not null, "nik" varchar(16) not null, "client_id" text not null
        references "consent"."client" ("id"), "purpose" text not null references "consent"."purpose" ("code"), "scopes"
        text[] not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "recorded_at"
        timestamptz not null default now(), "receipt" jsonb null, constraint "consent_event_window" check ("valid_from"
        < "valid_until"));`,
    );
    // One grant and at most one revocation per consent: a second revocation racing the first fails here.
    this.addSql(
      `create unique index "consent_event_granted" on "consent"."consent_event" ("consent_id") where "kind" =
        'GRANTED';`,
    );
    this.addSql(
      `create unique index "consent_event_revoked" on "consent"."consent_event" ("consent_id") where "kind" =
        'REVOKED';`,
    );
    // The decision's lookup: this citizen's grants to this client for this purpose.
    this.addSql(`create index "consent_event_subject" on "consent"."consent_event" ("nik", "client_id", "purpose");`);
    this.addSql(
      `create table "consent"."steward_change" ("id" bigserial primary key, "at" timestamptz not null default now(),
        "actor" text not null, "kind" text check ("kind" in ('CLIENT', 'PURPOSE', 'RULE')) not null, "subject" text not
        null, "reason" text not null, "detail" jsonb not null);`,
    );
    this.addSql(`create function "consent"."refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'consent.% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '55000';
      end
    $$;`);
    for (const table of APPEND_ONLY) {
      this.addSql(
        `create trigger "${table}_append_only" before update or delete on "consent"."${table}" for each row execute
          function "consent"."refuse_change"();`,
      );
      this.addSql(
        `create trigger "${table}_no_truncate" before truncate on "consent"."${table}" for each statement execute
          function "consent"."refuse_change"();`,
      );
      this.addSql(`revoke update, delete, truncate on "consent"."${table}" from public;`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "consent" cascade;`);
  }
}
