import { Migration } from '@mikro-orm/migrations';

/**
 * The regencies anybody in the projection lives in, rebuilt with it: the places a table grouped by province or
 * regency can hold, read without walking `insights.person` (which, distributed on Citus, a recursive walk cannot
 * do: deploy/citus F6). Filled here from the projection as it stands.
 */
export class Migration20261207120000_regencies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "insights"."regency" ("code" varchar(5) not null primary key);`);
    this.addSql(`insert into "insights"."regency" select distinct "regency_code" from "insights"."person";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "insights"."regency";`);
  }
}
