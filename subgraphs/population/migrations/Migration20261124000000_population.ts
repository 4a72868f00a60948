import { Migration } from '@mikro-orm/migrations';

/**
 * The population schema: Kemendagri regions, family cards (KK) and citizens (NIK).
 * Codes are text, never char(n): a char/text comparison casts the column and defeats its index.
 */
export class Migration20261124000000_population extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "population";`);

    this.addSql(`create table "population"."province" (
      "code" varchar(2) not null primary key,
      "name" text not null);`);
    this.addSql(`create table "population"."regency" (
      "code" varchar(5) not null primary key,
      "province_code" varchar(2) not null,
      "name" text not null);`);
    this.addSql(
      `alter table "population"."regency" add constraint "regency_province_code_foreign" foreign key ("province_code")
        references "population"."province" ("code") on update cascade;`,
    );
    this.addSql(`create index "regency_province_code_index" on "population"."regency" ("province_code");`);
    this.addSql(`create table "population"."district" (
      "code" varchar(8) not null primary key,
      "regency_code" varchar(5) not null,
      "name" text not null);`);
    this.addSql(
      `alter table "population"."district" add constraint "district_regency_code_foreign" foreign key ("regency_code")
        references "population"."regency" ("code") on update cascade;`,
    );
    this.addSql(`create index "district_regency_code_index" on "population"."district" ("regency_code");`);
    this.addSql(`create table "population"."village" (
      "code" varchar(13) not null primary key,
      "district_code" varchar(8) not null,
      "name" text not null);`);
    this.addSql(
      `alter table "population"."village" add constraint "village_district_code_foreign" foreign key ("district_code")
        references "population"."district" ("code") on update cascade;`,
    );
    this.addSql(`create index "village_district_code_index" on "population"."village" ("district_code");`);

    this.addSql(`create table "population"."family" (
      "kk" varchar(16) not null primary key,
      "issued_on" date not null);`);

    this.addSql(`create table "population"."citizen" (
      "nik" varchar(16) not null primary key,
      "full_name" text not null,
      "sex" text check ("sex" in ('MALE', 'FEMALE')) not null,
      "birth_place" text not null,
      "birth_date" date not null,
      "religion" text check ("religion" in ('ISLAM', 'KRISTEN', 'KATOLIK', 'HINDU', 'BUDDHA', 'KONGHUCU',
      'KEPERCAYAAN')) not null,
      "marital_status" text check ("marital_status" in ('BELUM_KAWIN', 'KAWIN', 'CERAI_HIDUP', 'CERAI_MATI')) not null,
      "occupation" text not null,
      "education" text check ("education" in ('TIDAK_SEKOLAH', 'BELUM_TAMAT_SD', 'SD', 'SMP', 'SMA', 'D1_D2', 'D3',
      'S1_D4', 'S2', 'S3')) not null,
      "citizenship" text check ("citizenship" in ('WNI', 'WNA')) not null,
      "street" text not null,
      "rt" varchar(3) not null,
      "rw" varchar(3) not null,
      "village_code" varchar(13) not null,
      "family_kk" varchar(16) not null,
      "family_relationship" text check ("family_relationship" in ('HEAD', 'HUSBAND', 'WIFE', 'CHILD', 'CHILD_IN_LAW',
      'GRANDCHILD', 'PARENT', 'PARENT_IN_LAW', 'OTHER_RELATIVE', 'HOUSEHOLD_HELPER', 'OTHER')) not null);`);
    this.addSql(
      `alter table "population"."citizen" add constraint "citizen_village_code_foreign" foreign key ("village_code")
        references "population"."village" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "population"."citizen" add constraint "citizen_family_kk_foreign" foreign key ("family_kk")
        references "population"."family" ("kk") on update cascade;`,
    );
    this.addSql(`create index "citizen_family_kk_index" on "population"."citizen" ("family_kk");`);
    this.addSql(`create index "citizen_village_code_index" on "population"."citizen" ("village_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "population" cascade;`);
  }
}
