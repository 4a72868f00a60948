import { Migration } from '@mikro-orm/migrations';

/**
 * Each client's quota, set by the steward: requests per minute and distinct persons read per hour and per day.
 * Null: the hub's default (policy/quota.ts).
 */
export class Migration20261204100000_client_quota extends Migration {
  override async up(): Promise<void> {
    for (const column of ['requests_per_minute', 'persons_per_hour', 'persons_per_day'])
      this.addSql(
        `alter table "consent"."client" add column "${column}" int null check ("${column}" between 1 and 100000000);`,
      );
  }

  override async down(): Promise<void> {
    for (const column of ['requests_per_minute', 'persons_per_hour', 'persons_per_day'])
      this.addSql(`alter table "consent"."client" drop column "${column}";`);
  }
}
