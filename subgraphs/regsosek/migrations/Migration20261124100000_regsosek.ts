import { Migration } from '@mikro-orm/migrations';

/** The DTSEN schema: households, their members, and the programme rules with the cut-offs of DOMAIN.md. */
export class Migration20261124100000_regsosek extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "regsosek";`);
    this.addSql(
      `create table "regsosek"."household" ("id" varchar(20) not null, "kk" varchar(16) not null, "village_code"
        varchar(13) not null, "bps_village_code" varchar(10) not null, "urban" boolean not null, "welfare_decile"
        smallint not null, "floor_area_m2" smallint not null, "floor_material" text check ("floor_material" in
        ('CERAMIC', 'TILE', 'WOOD', 'CEMENT', 'BAMBOO', 'EARTH')) not null, "wall_material" text check ("wall_material"
        in ('BRICK', 'WOOD', 'BAMBOO', 'OTHER')) not null, "roof_material" text check ("roof_material" in ('CONCRETE',
        'CLAY_TILE', 'ZINC', 'ASBESTOS', 'THATCH')) not null, "drinking_water" text check ("drinking_water" in
        ('PIPED', 'BOTTLED', 'PROTECTED_WELL', 'UNPROTECTED_WELL', 'SPRING', 'RIVER', 'RAIN')) not null, "sanitation"
        text check ("sanitation" in ('PRIVATE_TOILET', 'SHARED_TOILET', 'PUBLIC_TOILET', 'NONE')) not null,
        "electricity" text check ("electricity" in ('PLN_METERED', 'PLN_UNMETERED', 'NON_PLN', 'NONE')) not null,
        "electricity_va" int null, "assets" text[] not null, "surveyed_on" date not null, constraint "household_pkey"
        primary key ("id"));`,
    );
    this.addSql(`alter table "regsosek"."household" add constraint "household_kk_unique" unique ("kk");`);
    this.addSql(
      `create table "regsosek"."household_member" ("nik" varchar(16) not null, "household_id" varchar(20) not null,
        "school_level" text check ("school_level" in ('NONE', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY',
        'DIPLOMA', 'BACHELOR', 'POSTGRADUATE')) not null, "employment_status" text check ("employment_status" in
        ('WORKING', 'UNEMPLOYED', 'IN_SCHOOL', 'HOMEMAKER', 'NOT_WORKING')) not null, "employment_sector" text check
        ("employment_sector" in ('GOVERNMENT', 'MILITARY_POLICE', 'STATE_ENTERPRISE', 'PRIVATE', 'SELF_EMPLOYED',
        'AGRICULTURE', 'NONE')) not null, "disability" text check ("disability" in ('NONE', 'PHYSICAL', 'SENSORY',
        'INTELLECTUAL', 'MENTAL', 'MULTIPLE')) not null, constraint "household_member_pkey" primary key ("nik"));`,
    );
    this.addSql(
      `create index "household_member_household_id_index" on "regsosek"."household_member" ("household_id");`,
    );
    this.addSql(
      `create table "regsosek"."programme_rule" ("programme" text not null, "max_decile" smallint not null,
        "excluded_sectors" text[] not null, constraint "programme_rule_pkey" primary key ("programme"));`,
    );
    this.addSql(
      `alter table "regsosek"."household_member" add constraint "household_member_household_id_foreign" foreign key
        ("household_id") references "regsosek"."household" ("id") on update cascade;`,
    );
    this.addSql(`insert into "regsosek"."programme_rule" ("programme", "max_decile", "excluded_sectors") values
      ('PKH', 4, '{GOVERNMENT,MILITARY_POLICE,STATE_ENTERPRISE}'),
      ('BPNT', 4, '{GOVERNMENT,MILITARY_POLICE,STATE_ENTERPRISE}'),
      ('PBI_JK', 5, '{GOVERNMENT,MILITARY_POLICE,STATE_ENTERPRISE}');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "regsosek" cascade;`);
  }
}
