import { Migration } from '@mikro-orm/migrations';

/**
 * A data subject's requests under UU PDP kept by the consent subgraph (copies of their data, corrections), each
 * with its statutory deadline; found by person, and by month and what is still open for the stewards' report.
 */
export class Migration20261210110000_rights_requests extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "consent"."rights_request" ("id" uuid not null, "kind" text not null check ("kind" in
        ('DATA_EXPORT', 'CORRECTION')), "nik" varchar(16) not null, "agency" text not null, "received_at"
        timestamptz not null, "due_at" timestamptz not null, "answered_at" timestamptz null, "outcome" text null,
        "detail" jsonb not null, constraint "rights_request_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "rights_request_nik_index" on "consent"."rights_request" ("nik", "kind", "received_at");`,
    );
    this.addSql(`create index "rights_request_received_index" on "consent"."rights_request" ("received_at");`);
    this.addSql(
      `create index "rights_request_open_index" on "consent"."rights_request" ("due_at") where "answered_at" is
        null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table "consent"."rights_request";');
  }
}
