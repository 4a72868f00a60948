import { Migration } from '@mikro-orm/migrations';

/**
 * Pairwise subject identifiers: what each client's officers receive in place of a NIK (set by the steward), and
 * the identifiers the gateway gave each client, so a client can ask by an identifier it was given and by no other
 * (policy/pairwise.ts writes and reads them).
 */
export class Migration20261210130000_pairwise_subjects extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "consent"."client" add column "subject_identifiers" text not null default 'NIK' check
        ("subject_identifiers" in ('NIK', 'PAIRWISE'));`,
    );
    this.addSql(
      `create table "consent"."pairwise_subject" ("client_id" text not null, "subject" text not null, "nik"
        varchar(16) not null, "issued_at" timestamptz not null default now(), constraint "pairwise_subject_pkey"
        primary key ("client_id", "subject"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table "consent"."pairwise_subject";');
    this.addSql('alter table "consent"."client" drop column "subject_identifiers";');
  }
}
