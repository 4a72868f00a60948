import { Migration } from '@mikro-orm/migrations';

const BEFORE = `'APPLICATION_STATUS', 'CONSENT_REQUEST', 'DATA_RELEASED', 'COMPLAINT_RESPONSE'`;

/** A citizen is told when an agency answers their correction or their objection to an automated decision. */
export class Migration20261211100000_rights_answers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "services"."notification" drop constraint "notification_kind_check";`);
    this.addSql(
      `alter table "services"."notification" add constraint "notification_kind_check" check ("kind" in (${BEFORE},
        'RIGHTS_ANSWER'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "services"."notification" drop constraint "notification_kind_check";`);
    this.addSql(
      `alter table "services"."notification" add constraint "notification_kind_check" check ("kind" in (${BEFORE}));`,
    );
  }
}
