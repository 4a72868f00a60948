import { Migration } from '@mikro-orm/migrations';

/**
 * The planners' projection: one row per person with what cohort questions ask of every agency, and nothing
 * that names anyone: no NIK, no name, a keyed hash as the person key, an age band instead of a birth date.
 * Rebuilt whole from the agency schemas (projection.ts); only the insights subgraph reads it. The disclosure
 * settings are versioned (append-only, who and why).
 */
export class Migration20261124160000_insights extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "insights";`);
    this.addSql(`create table "insights"."person" (
      "person_key" char(64) not null, "household_key" char(64) null, "is_head" boolean not null,
      "province_code" varchar(2) not null, "regency_code" varchar(5) not null, "district_code" varchar(8) not null,
      "sex" text not null, "age_band" text not null, "welfare_decile" smallint null,
      "pkh" boolean not null, "bpnt" boolean not null, "pbi_jk" boolean not null,
      "bpjs_segment" text null, "bpjs_active" boolean not null, "npwp_status" text null,
      "has_str" boolean not null, "has_sip" boolean not null, "has_nib" boolean not null,
      "record_key" double precision not null check ("record_key" >= 0 and "record_key" < 1),
      constraint "person_pkey" primary key ("person_key"));`);
    this.addSql(`create index "person_regency" on "insights"."person" ("regency_code");`);
    this.addSql(`create index "person_province" on "insights"."person" ("province_code");`);
    this.addSql(
      `create table "insights"."refresh" ("id" bigserial primary key, "as_of" timestamptz not null, "people" int not
        null, "seconds" double precision not null);`,
    );
    this.addSql(`create table "insights"."disclosure_setting" ("version" int not null check ("version" >= 1),
        "min_cell_size" int not null check ("min_cell_size" between 1 and 1000),
      "max_perturbation" int not null check ("max_perturbation" between 0 and 10), "changed_by" text not null, "reason"
      text not null, "changed_at" timestamptz not null default now(),
      constraint "disclosure_setting_pkey" primary key ("version"));`);
    this.addSql(`insert into "insights"."disclosure_setting" ("version", "min_cell_size", "max_perturbation",
        "changed_by", "reason")
      values (1, 10, 3, 'migration',
      'Default: cells under 10 people suppressed (the ABS rule of 10), counts perturbed by at most 3');`);
    this.addSql(`create function "insights"."refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'insights.% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '55000';
      end
    $$;`);
    this.addSql(
      `create trigger "disclosure_setting_append_only" before update or delete on "insights"."disclosure_setting" for
        each row execute function "insights"."refuse_change"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "insights" cascade;`);
  }
}
