import { Migration } from '@mikro-orm/migrations';

/** The health schema: primary-care facilities, JKN memberships and SATUSEHAT patients. */
export class Migration20261124120000_health extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "health";`);
    this.addSql(
      `create table "health"."facility" ("code" varchar(8) not null, "name" text not null, "type" text check ("type" in
        ('PUSKESMAS', 'KLINIK_PRATAMA', 'DOKTER_PRAKTIK')) not null, "regency_code" varchar(5) not null, constraint
        "facility_pkey" primary key ("code"));`,
    );
    this.addSql(
      `create table "health"."membership" ("card_number" varchar(13) not null, "nik" varchar(16) not null, "segment"
        text check ("segment" in ('PBI_APBN', 'PBI_APBD', 'PPU', 'PBPU', 'BP')) not null, "care_class" smallint not
        null, "status" text check ("status" in ('ACTIVE', 'INACTIVE')) not null, "status_reason" text check
        ("status_reason" in ('PREMIUM_ARREARS', 'EMPLOYER_ARREARS', 'PBI_DEACTIVATED', 'DATA_UPDATE_REQUIRED')) null,
        "facility_code" varchar(8) not null, "coverage_start" date not null, "coverage_end" date null, constraint
        "membership_pkey" primary key ("card_number"));`,
    );
    this.addSql(`alter table "health"."membership" add constraint "membership_nik_unique" unique ("nik");`);
    this.addSql(`create index "membership_facility_code_index" on "health"."membership" ("facility_code");`);
    this.addSql(
      `create table "health"."patient" ("nik" varchar(16) not null, "ihs_number" varchar(12) not null, constraint
        "patient_pkey" primary key ("nik"));`,
    );
    this.addSql(`alter table "health"."patient" add constraint "patient_ihs_number_unique" unique ("ihs_number");`);
    this.addSql(
      `alter table "health"."membership" add constraint "membership_facility_code_foreign" foreign key
        ("facility_code") references "health"."facility" ("code") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "health" cascade;`);
  }
}
