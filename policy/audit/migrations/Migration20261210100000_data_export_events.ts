import { Migration } from '@mikro-orm/migrations';

const BEFORE = `'ACCESS', 'CONSENT_GRANTED', 'CONSENT_REVOKED', 'RULE_CHANGED', 'CLIENT_CHANGED', 'PURPOSE_CHANGED',
  'DISCLOSURE_CHANGED', 'CONSENT_REQUESTED'`;

/** A citizen's copy of their data, made for them (UU PDP Pasal 7, 13), is on their log as what it is. */
export class Migration20261210100000_data_export_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit"."access_event" drop constraint "access_event_kind_check";`);
    this.addSql(
      `alter table "audit"."access_event" add constraint "access_event_kind_check" check ("kind" in (${BEFORE},
        'DATA_EXPORTED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit"."access_event" drop constraint "access_event_kind_check";`);
    this.addSql(
      `alter table "audit"."access_event" add constraint "access_event_kind_check" check ("kind" in (${BEFORE}));`,
    );
  }
}
