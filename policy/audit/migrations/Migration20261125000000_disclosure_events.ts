import { Migration } from '@mikro-orm/migrations';

/** Changes to the planners' disclosure control are steward changes too: a kind of event of their own. */
export class Migration20261125000000_disclosure_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit"."access_event" drop constraint "access_event_kind_check";`);
    this.addSql(
      `alter table "audit"."access_event" add constraint "access_event_kind_check" check ("kind" in ('ACCESS',
        'CONSENT_GRANTED', 'CONSENT_REVOKED', 'RULE_CHANGED', 'CLIENT_CHANGED', 'PURPOSE_CHANGED',
        'DISCLOSURE_CHANGED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit"."access_event" drop constraint "access_event_kind_check";`);
    this.addSql(
      `alter table "audit"."access_event" add constraint "access_event_kind_check" check ("kind" in ('ACCESS',
        'CONSENT_GRANTED', 'CONSENT_REVOKED', 'RULE_CHANGED', 'CLIENT_CHANGED', 'PURPOSE_CHANGED'));`,
    );
  }
}
