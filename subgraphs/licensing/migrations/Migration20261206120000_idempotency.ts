import { Migration } from '@mikro-orm/migrations';
import { idempotencyTableSql } from '../../host/idempotency';

/** The first answer to each keyed mutation (Idempotency-Key), kept with the change it made, for 24 h. */
export class Migration20261206120000_idempotency extends Migration {
  override async up(): Promise<void> {
    this.addSql(idempotencyTableSql('licensing'));
  }

  override async down(): Promise<void> {
    this.addSql('drop table "licensing"."idempotent_request";');
  }
}
