import { Migration } from '@mikro-orm/migrations';
import { addProvenanceSql } from '../../../schema/provenance';

/**
 * Provenance of JKN memberships: the agency, the system and the as-of time of each row (seeded rows: "synthetic seed").
 */
export class Migration20261125110000_health_provenance extends Migration {
  override async up(): Promise<void> {
    this.addSql(addProvenanceSql('health.membership', 'BPJS Kesehatan'));
    this.addSql(addProvenanceSql('health.patient', 'Kemenkes'));
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table health.membership drop column "source_agency", drop column "source_system", drop column
        "source_as_of";`,
    );
    this.addSql(
      `alter table health.patient drop column "source_agency", drop column "source_system", drop column
        "source_as_of";`,
    );
  }
}
