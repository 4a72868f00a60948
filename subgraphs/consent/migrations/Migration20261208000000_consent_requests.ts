import { Migration } from '@mikro-orm/migrations';

/**
 * An officer's request that a citizen consent: pending until the citizen approves (a consent is granted) or
 * declines, or it lapses. At most one pending request per citizen, client and purpose.
 */
export class Migration20261208000000_consent_requests extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "consent"."consent_request" ("id" uuid not null, "nik" varchar(16) not null, "client_id" text not
        null references "consent"."client" ("id"), "purpose" text not null references "consent"."purpose" ("code"),
        "scopes" text[] not null check (cardinality("scopes") >= 1), "requested_by" text not null, "requested_at"
        timestamptz not null, "expires_at" timestamptz not null, "status" text not null check ("status" in
        ('PENDING', 'APPROVED', 'DECLINED', 'EXPIRED')), "answered_at" timestamptz null, "consent_id" uuid null,
        constraint "consent_request_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "consent_request_one_pending" on "consent"."consent_request" ("nik", "client_id",
        "purpose") where "status" = 'PENDING';`,
    );
    this.addSql(`create index "consent_request_nik_index" on "consent"."consent_request" ("nik", "requested_at");`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "consent"."consent_request";');
  }
}
