import { Migration } from '@mikro-orm/migrations';

/**
 * `audit.ensure_month` made safe for two writers making the same month at once: the second, once the first's
 * lock is released, could still miss the new table in its catalogue cache and fail with "already exists",
 * failing its batch of events. Now the table, its TRUNCATE trigger and its rights are made in one block that
 * takes "already exists" as made by the other (the first made all three in its transaction).
 */
export class Migration20261207110000_ensure_month_race extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "audit"."ensure_month"("at" timestamptz) returns text language plpgsql as $$
      declare
        first timestamp := date_trunc('month', "at" at time zone 'UTC');
        name text := 'access_event_' || to_char(first, 'YYYY_MM');
      begin
        if to_regclass(format('audit.%I', name)) is null then
          perform pg_advisory_xact_lock(hashtext('audit.access_event partitions'));
          begin
            execute format('create table audit.%I partition of audit.access_event for values from (%L) to (%L)',
              name, first at time zone 'UTC', (first + interval '1 month') at time zone 'UTC');
            execute format('create trigger %I before truncate on audit.%I for each statement execute function '
              'audit.refuse_change()', name || '_no_truncate', name);
            execute format('revoke update, delete, truncate on audit.%I from public', name);
          exception when duplicate_table then
            null;
          end;
        end if;
        return name;
      end
    $$;`);
  }

  // Nothing to undo: the race-safe function serves the partitioned log as well as the one it replaced, and the
  // partitioning migration's own down drops it.
  override async down(): Promise<void> {}
}
