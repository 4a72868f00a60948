import { Migration } from '@mikro-orm/migrations';
import { idempotencyExpiryIndexSql } from '../../host/idempotency';

/** Answers to keyed mutations found by age, for their deletion after 24 h. */
export class Migration20261208100000_idempotency_expiry extends Migration {
  override async up(): Promise<void> {
    this.addSql(idempotencyExpiryIndexSql('consent'));
  }

  override async down(): Promise<void> {
    this.addSql('drop index "consent"."idempotent_request_created_at";');
  }
}
