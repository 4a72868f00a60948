import { Migration } from '@mikro-orm/migrations';

/** The tax schema: tax offices, taxpayers (NPWP) and annual returns. */
export class Migration20261124110000_tax extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "tax";`);
    this.addSql(
      `create table "tax"."filing" ("id" varchar(21) not null, "npwp" varchar(16) not null, "year" smallint not null,
        "form" text check ("form" in ('F1770', 'F1770S', 'F1770SS')) not null, "status" text check ("status" in
        ('FILED', 'LATE', 'NOT_FILED')) not null, "filed_on" date null, constraint "filing_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "filing_npwp_year_index" on "tax"."filing" ("npwp", "year");`);
    this.addSql(
      `create table "tax"."tax_office" ("code" varchar(3) not null, "name" text not null, "regency_code" varchar(5) not
        null, constraint "tax_office_pkey" primary key ("code"));`,
    );
    this.addSql(
      `create table "tax"."taxpayer" ("npwp" varchar(16) not null, "nik" varchar(16) not null, "status" text check
        ("status" in ('ACTIVE', 'NON_EFFECTIVE', 'DELETED')) not null, "matching_status" text check ("matching_status"
        in ('VALID', 'NOT_YET_VALID')) not null, "tax_office_code" varchar(3) not null, "registered_on" date not null,
        constraint "taxpayer_pkey" primary key ("npwp"));`,
    );
    this.addSql(`alter table "tax"."taxpayer" add constraint "taxpayer_nik_unique" unique ("nik");`);
    this.addSql(`create index "taxpayer_tax_office_code_index" on "tax"."taxpayer" ("tax_office_code");`);
    this.addSql(
      `alter table "tax"."taxpayer" add constraint "taxpayer_tax_office_code_foreign" foreign key ("tax_office_code")
        references "tax"."tax_office" ("code") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "tax" cascade;`);
  }
}
