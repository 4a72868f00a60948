import { Migration } from '@mikro-orm/migrations';

const BEFORE = `'ACCESS', 'CONSENT_GRANTED', 'CONSENT_REVOKED', 'RULE_CHANGED', 'CLIENT_CHANGED', 'PURPOSE_CHANGED',
  'DISCLOSURE_CHANGED'`;

/** An officer asking a citizen for consent names the citizen: it is on their log too. */
export class Migration20261206010000_consent_request_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit"."access_event" drop constraint "access_event_kind_check";`);
    this.addSql(
      `alter table "audit"."access_event" add constraint "access_event_kind_check" check ("kind" in (${BEFORE},
        'CONSENT_REQUESTED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit"."access_event" drop constraint "access_event_kind_check";`);
    this.addSql(
      `alter table "audit"."access_event" add constraint "access_event_kind_check" check ("kind" in (${BEFORE}));`,
    );
  }
}
