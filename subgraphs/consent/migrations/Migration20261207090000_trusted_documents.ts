import { Migration } from '@mikro-orm/migrations';

/**
 * Trusted documents: the operations a steward registered for a client (from its persisted-query manifest), by
 * the SHA-256 of their text, and whether the client may run registered operations only.
 */
export class Migration20261207090000_trusted_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "consent"."client" add column "requires_trusted_documents" boolean not null default false;`,
    );
    this.addSql(
      `create table "consent"."trusted_document" ("client_id" text not null references "consent"."client" ("id"),
        "id" text not null check ("id" ~ '^[0-9a-f]{64}$'), "name" text null, "type" text not null check ("type" in
        ('query', 'mutation')), "body" text not null, "registered_at" timestamptz not null default now(),
        "registered_by" text not null, constraint "trusted_document_pkey" primary key ("client_id", "id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table "consent"."trusted_document";');
    this.addSql('alter table "consent"."client" drop column "requires_trusted_documents";');
  }
}
