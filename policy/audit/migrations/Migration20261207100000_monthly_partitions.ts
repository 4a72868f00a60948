import { Migration } from '@mikro-orm/migrations';

/** The log's indexes, append-only guards and reader's right, on its table whichever form it has. */
const INDEXES_AND_GUARDS = [
  `create index "access_event_subject" on "audit"."access_event" ("nik", "position" desc) where "nik" is not null;`,
  `create index "access_event_client_at" on "audit"."access_event" ("client_id", "at");`,
  `create index "access_event_at" on "audit"."access_event" ("at");`,
  `create trigger "access_event_append_only" before update or delete on "audit"."access_event" for each row execute
    function "audit"."refuse_change"();`,
  `create trigger "access_event_no_truncate" before truncate on "audit"."access_event" for each statement execute
    function "audit"."refuse_change"();`,
  `revoke update, delete, truncate on "audit"."access_event" from public;`,
  `grant select on "audit"."access_event" to "citizen360_log_reader";`,
];

/**
 * The access log's events partitioned by month of `at` (declarative range partitioning, UTC months): one month
 * is one table, so the log grows without one table growing for ever, a closed month can be verified, exported
 * and archived on its own (`npm run audit:verify -- --month`, `npm run audit:archive`), and reads by time touch
 * only their months. The Merkle tree, its positions and checkpoints go on across partitions unchanged.
 *
 * `audit.ensure_month(at)` makes the partition of the month holding `at` when it is missing, with the same
 * append-only guards as the log (row triggers come from the parent; TRUNCATE of a partition is refused by its
 * own trigger). The writer calls it ahead of need (policy/audit/access-log.ts); this migration makes the months
 * the log already has, the current one and the next. Positions stay unique: the primary key is (position, at),
 * as a partitioned table's key must hold the partition key, and one position is only ever written once (the
 * head row is locked per append; the verifier checks that positions are gapless and single).
 */
export class Migration20261207100000_monthly_partitions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit"."access_event" rename to "access_event_unpartitioned";`);
    for (const index of ['pkey', 'subject', 'client_at', 'at'])
      this.addSql(`alter index "audit"."access_event_${index}" rename to "access_event_unpartitioned_${index}";`);
    this.addSql(`create table "audit"."access_event" (like "audit"."access_event_unpartitioned" including defaults
      including constraints including storage) partition by range ("at");`);
    this.addSql(
      `alter table "audit"."access_event" add constraint "access_event_pkey" primary key ("position", "at");`,
    );
    for (const sql of INDEXES_AND_GUARDS) this.addSql(sql);
    this.addSql(`create function "audit"."ensure_month"("at" timestamptz) returns text language plpgsql as $$
      declare
        first timestamp := date_trunc('month', "at" at time zone 'UTC');
        name text := 'access_event_' || to_char(first, 'YYYY_MM');
      begin
        if to_regclass(format('audit.%I', name)) is null then
          -- Two writers making the same month: the second waits here, then finds it made.
          perform pg_advisory_xact_lock(hashtext('audit.access_event partitions'));
          if to_regclass(format('audit.%I', name)) is null then
            execute format('create table audit.%I partition of audit.access_event for values from (%L) to (%L)',
              name, first at time zone 'UTC', (first + interval '1 month') at time zone 'UTC');
            execute format('create trigger %I before truncate on audit.%I for each statement execute function '
              'audit.refuse_change()', name || '_no_truncate', name);
            execute format('revoke update, delete, truncate on audit.%I from public', name);
          end if;
        end if;
        return name;
      end
    $$;`);
    this.addSql(`select "audit"."ensure_month"(m) from (
      select distinct date_trunc('month', "at" at time zone 'UTC') at time zone 'UTC' as m
        from "audit"."access_event_unpartitioned"
      union select now() union select now() + interval '1 month') months;`);
    this.addSql(`insert into "audit"."access_event" select * from "audit"."access_event_unpartitioned";`);
    this.addSql(`drop table "audit"."access_event_unpartitioned";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "audit"."access_event_partitioned" (like "audit"."access_event" including defaults
      including constraints including storage);`);
    this.addSql(`insert into "audit"."access_event_partitioned" select * from "audit"."access_event";`);
    this.addSql(`drop table "audit"."access_event" cascade;`);
    this.addSql(`drop function "audit"."ensure_month"(timestamptz);`);
    this.addSql(`alter table "audit"."access_event_partitioned" rename to "access_event";`);
    this.addSql(`alter table "audit"."access_event" add constraint "access_event_pkey" primary key ("position");`);
    for (const sql of INDEXES_AND_GUARDS) this.addSql(sql);
  }
}
