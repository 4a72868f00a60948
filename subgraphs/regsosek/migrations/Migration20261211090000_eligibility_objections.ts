import { Migration } from '@mikro-orm/migrations';

/**
 * Objections to automated eligibility decisions (UU PDP No. 27/2022 Pasal 10) and their review, and a version on
 * each programme rule so that a decision names the rule it applied. The version is raised by the database on
 * any change of a rule's cut-off or sectors, whoever writes it. One open objection per person and programme is
 * kept by a partial unique index, which two objections at once cannot both pass.
 */
export class Migration20261211090000_eligibility_objections extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "regsosek"."programme_rule" add column "version" int not null default 1, add column "changed_at"
        timestamptz not null default now();`,
    );
    this.addSql(
      `create function "regsosek"."programme_rule_version"() returns trigger language plpgsql as $$
       begin
         if (new.max_decile, new.excluded_sectors) is distinct from (old.max_decile, old.excluded_sectors) then
           new.version := old.version + 1;
           new.changed_at := now();
         end if;
         return new;
       end $$;`,
    );
    this.addSql(
      `create trigger "programme_rule_version" before update on "regsosek"."programme_rule" for each row execute
        function "regsosek"."programme_rule_version"();`,
    );
    this.addSql(
      `create table "regsosek"."eligibility_objection" ("id" uuid not null, "nik" varchar(16) not null,
        "household_id" varchar(20) not null, "programme" text check ("programme" in ('PKH', 'BPNT', 'PBI_JK')) not
        null, "eligible" boolean not null, "rule_version" int null, "inputs" jsonb not null, "reason" text not null,
        "received_at" timestamptz not null, "due_at" timestamptz not null, "status" text check ("status" in ('OPEN',
        'ANSWERED')) not null, "outcome" text check ("outcome" in ('UPHELD', 'OVERTURNED')) null, "review_reason"
        text null, "reviewed_at" timestamptz null, "reviewer_subject" text null, "reviewer_client" text null,
        constraint "eligibility_objection_pkey" primary key ("nik", "id"),
        constraint "eligibility_objection_answered" check (("status" = 'OPEN') = ("outcome" is null)));`,
    );
    this.addSql(
      `create unique index "eligibility_objection_one_open" on "regsosek"."eligibility_objection" ("nik",
        "programme") where "status" = 'OPEN';`,
    );
    this.addSql(
      `create index "eligibility_objection_status_received_at_index" on "regsosek"."eligibility_objection"
        ("status", "received_at");`,
    );
    this.addSql(
      `create index "eligibility_objection_received_at_index" on "regsosek"."eligibility_objection"
        ("received_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "regsosek"."eligibility_objection";`);
    this.addSql(`drop trigger if exists "programme_rule_version" on "regsosek"."programme_rule";`);
    this.addSql(`drop function if exists "regsosek"."programme_rule_version"();`);
    this.addSql(`alter table "regsosek"."programme_rule" drop column "version", drop column "changed_at";`);
  }
}
