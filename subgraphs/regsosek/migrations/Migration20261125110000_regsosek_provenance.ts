import { Migration } from '@mikro-orm/migrations';
import { addProvenanceSql } from '../../../schema/provenance';

/**
 * Provenance of DTSEN households and members: the agency, the system and the as-of time of each row (seeded rows:
 * "synthetic seed").
 */
export class Migration20261125110000_regsosek_provenance extends Migration {
  override async up(): Promise<void> {
    this.addSql(addProvenanceSql('regsosek.household', 'BPS'));
    this.addSql(addProvenanceSql('regsosek.household_member', 'BPS'));
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table regsosek.household drop column "source_agency", drop column "source_system", drop column
        "source_as_of";`,
    );
    this.addSql(
      `alter table regsosek.household_member drop column "source_agency", drop column "source_system", drop column
        "source_as_of";`,
    );
  }
}
