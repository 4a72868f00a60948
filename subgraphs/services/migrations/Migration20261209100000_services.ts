import { Migration } from '@mikro-orm/migrations';
import { idempotencyExpiryIndexSql, idempotencyTableSql } from '../../host/idempotency';

/**
 * The services schema: MPPs and the services each offers (fee and service standard), applications with their
 * history, citizens' notifications and where they are e-mailed, complaints with their responses, the
 * satisfaction survey's answers, and the answers to keyed mutations (Idempotency-Key) kept for 24 h.
 */
/** The nine elements of the satisfaction survey, each a score from 1 to 4. */
const ELEMENT_COLUMNS = [1, 2, 3, 4, 5, 6, 7, 8, 9]
  .map((n) => `"u${n}" smallint not null check ("u${n}" between 1 and 4)`)
  .join(', ');

export class Migration20261209100000_services extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "services";`);
    this.addSql(
      `create table "services"."mpp" ("id" text not null, "name" text not null, "regency_code" varchar(5) not null,
        "address" text not null, constraint "mpp_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "mpp_regency_code_index" on "services"."mpp" ("regency_code");`);
    this.addSql(
      `create table "services"."offering" ("mpp_id" text not null references "services"."mpp" ("id"), "service" text
        check ("service" in ('NIB_UMK', 'PBI_JK', 'ADDRESS_CHANGE', 'SIP')) not null, "fee_rupiah" int not null check
        ("fee_rupiah" >= 0), "standard_days" int not null check ("standard_days" between 0 and 365),
        "complaint_days" int not null check ("complaint_days" between 1 and 365), constraint "offering_pkey" primary
        key ("mpp_id", "service"));`,
    );
    this.addSql(
      `create table "services"."application" ("id" uuid not null, "nik" varchar(16) not null, "service" text check
        ("service" in ('NIB_UMK', 'PBI_JK', 'ADDRESS_CHANGE', 'SIP')) not null, "mpp_id" text not null,
        "status" text check
        ("status" in ('SUBMITTED', 'VERIFIED', 'COMPLETED', 'REJECTED')) not null, "request" jsonb not null,
        "entered" jsonb not null,
        "prefilled" jsonb not null, "requirements" jsonb not null, "documents" jsonb not null, "submitted_at"
        timestamptz not null, "due_on" date not null, "decided_at" timestamptz null, "outcome" text null,
        "survey_answered" boolean not null default false,
        constraint "application_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "application_nik_index" on "services"."application" ("nik");`);
    this.addSql(
      `create index "application_mpp_id_status_submitted_at_index" on "services"."application" ("mpp_id", "status",
        "submitted_at");`,
    );
    this.addSql(
      `create table "services"."application_event" ("id" bigserial primary key, "application_id" uuid not null,
        "nik" varchar(16) not null, "status" text check ("status" in ('SUBMITTED', 'VERIFIED', 'COMPLETED',
        'REJECTED')) not null, "at" timestamptz not null, "note" text null);`,
    );
    this.addSql(
      `create index "application_event_application_id_index" on "services"."application_event" ("application_id");`,
    );
    this.addSql(
      `create table "services"."contact" ("nik" varchar(16) not null, "email" text not null, "name" text not null,
        "updated_at" timestamptz not null, constraint "contact_pkey" primary key ("nik"));`,
    );
    this.addSql(
      `create table "services"."notification" ("id" uuid not null, "nik" varchar(16) not null, "kind" text check
        ("kind" in ('APPLICATION_STATUS', 'CONSENT_REQUEST', 'DATA_RELEASED', 'COMPLAINT_RESPONSE')) not null,
        "title" text not null, "body" text not null, "link" text not null, "created_at" timestamptz not null,
        "read_at" timestamptz null, "source_key" text not null, "occurrences" int not null default 1,
        "email_status" text check ("email_status" in ('NONE', 'PENDING', 'SENT', 'FAILED')) not null,
        "email_attempts" int not null default 0, "email_next_at" timestamptz null,
        constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "services"."notification" add constraint "notification_source_key_unique" unique ("source_key");`,
    );
    this.addSql(`create index "notification_nik_created_at_index" on "services"."notification" ("nik", "created_at");`);
    this.addSql(
      `create index "notification_email_status_email_next_at_index" on "services"."notification" ("email_status",
        "email_next_at") where "email_status" = 'PENDING';`,
    );
    // How far the notifier has read each source it turns into notifications (consent requests, the access log).
    this.addSql(
      `create table "services"."notification_source" ("source" text not null, "position" text not null,
        constraint "notification_source_pkey" primary key ("source"));`,
    );
    this.addSql(
      `create table "services"."complaint" ("id" uuid not null, "nik" varchar(16) not null, "application_id" uuid
        null, "mpp_id" text not null, "service" text check ("service" in ('NIB_UMK', 'PBI_JK', 'ADDRESS_CHANGE', 'SIP'))
        not null, "agency" text not null, "category" text check ("category" in ('PROCEDURE', 'DELAY', 'FEE',
        'STAFF_CONDUCT', 'DATA', 'FACILITIES', 'OTHER')) not null, "title" text not null, "description" text not
        null, "status" text check ("status" in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')) not null,
        "submitted_at" timestamptz not null, "due_on" date not null, "first_response_at" timestamptz null,
        "answered_at" timestamptz null, constraint "complaint_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "complaint_nik_index" on "services"."complaint" ("nik");`);
    this.addSql(
      `create index "complaint_mpp_id_status_submitted_at_index" on "services"."complaint" ("mpp_id", "status",
        "submitted_at");`,
    );
    this.addSql(
      `create table "services"."complaint_response" ("id" bigserial primary key, "complaint_id" uuid not null, "nik"
        varchar(16) not null, "at" timestamptz not null, "author" text check ("author" in ('AGENCY', 'COMPLAINANT'))
        not null, "message" text not null, "status" text check ("status" in ('RECEIVED', 'IN_PROGRESS',
        'ANSWERED', 'CLOSED')) not null);`,
    );
    this.addSql(
      `create index "complaint_response_complaint_id_index" on "services"."complaint_response" ("complaint_id");`,
    );
    this.addSql(
      `create table "services"."survey_response" ("id" uuid not null, "mpp_id" text not null, "service" text check
        ("service" in ('NIB_UMK', 'PBI_JK', 'ADDRESS_CHANGE', 'SIP')) not null, "answered_on" date not null,
        ${ELEMENT_COLUMNS},
        constraint "survey_response_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "survey_response_mpp_id_service_answered_on_index" on "services"."survey_response" ("mpp_id",
        "service", "answered_on");`,
    );
    this.addSql(idempotencyTableSql('services'));
    this.addSql(idempotencyExpiryIndexSql('services'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "services" cascade;`);
  }
}
