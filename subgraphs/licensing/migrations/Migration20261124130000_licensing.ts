import { Migration } from '@mikro-orm/migrations';

/** The licensing schema: STR, SIP, OSS businesses with KBLI activities, and licence applications with their history. */
export class Migration20261124130000_licensing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "licensing";`);
    this.addSql(
      `create table "licensing"."application" ("id" uuid not null, "nik" varchar(16) not null, "type" text check
        ("type" in ('SIP')) not null, "status" text check ("status" in ('SUBMITTED', 'VERIFIED', 'APPROVED',
        'REJECTED')) not null, "practice_location" jsonb not null, "applicant" jsonb not null, "str" jsonb null,
        "tax_compliance" jsonb not null, "bpjs" jsonb null, "unmet_requirements" jsonb not null, "submitted_at"
        timestamptz not null, "issued_sip" text null, constraint "application_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "application_nik_index" on "licensing"."application" ("nik");`);
    this.addSql(
      `create table "licensing"."application_event" ("id" bigserial primary key, "application_id" uuid not null,
        "status" text check ("status" in ('SUBMITTED', 'VERIFIED', 'APPROVED', 'REJECTED')) not null, "at" timestamptz
        not null, "note" text null);`,
    );
    this.addSql(
      `create index "application_event_application_id_index" on "licensing"."application_event" ("application_id");`,
    );
    this.addSql(
      `create table "licensing"."business" ("nib" varchar(13) not null, "owner_nik" varchar(16) not null, "name" text
        not null, "issued_on" date not null, constraint "business_pkey" primary key ("nib"));`,
    );
    this.addSql(`create index "business_owner_nik_index" on "licensing"."business" ("owner_nik");`);
    this.addSql(
      `create table "licensing"."business_activity" ("id" varchar(19) not null, "nib" varchar(13) not null, "kbli"
        varchar(5) not null, "kbli_version" varchar(4) not null, "description" text not null, "risk_level" text check
        ("risk_level" in ('LOW', 'MEDIUM_LOW', 'MEDIUM_HIGH', 'HIGH')) not null, constraint "business_activity_pkey"
        primary key ("id"));`,
    );
    this.addSql(`create index "business_activity_nib_index" on "licensing"."business_activity" ("nib");`);
    this.addSql(
      `create table "licensing"."sip" ("number" text not null, "nik" varchar(16) not null, "str_number" text not null,
        "practice_location" text not null, "regency_code" varchar(5) not null, "issued_on" date not null, "valid_until"
        date not null, constraint "sip_pkey" primary key ("number"));`,
    );
    this.addSql(`create index "sip_nik_index" on "licensing"."sip" ("nik");`);
    this.addSql(
      `create table "licensing"."str" ("number" text not null, "nik" varchar(16) not null, "profession" text check
        ("profession" in ('NURSE', 'MIDWIFE', 'DOCTOR', 'DENTIST', 'PHARMACIST', 'LAB_ANALYST', 'NUTRITIONIST')) not
        null, "issued_on" date not null, "valid_until" date null, constraint "str_pkey" primary key ("number"));`,
    );
    this.addSql(`alter table "licensing"."str" add constraint "str_nik_unique" unique ("nik");`);
    this.addSql(
      `alter table "licensing"."application_event" add constraint "application_event_application_id_foreign" foreign
        key ("application_id") references "licensing"."application" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "licensing"."business_activity" add constraint "business_activity_nib_foreign" foreign key ("nib")
        references "licensing"."business" ("nib") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "licensing" cascade;`);
  }
}
