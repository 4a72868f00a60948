import { Migration } from '@mikro-orm/migrations';
import { addProvenanceSql } from '../../../schema/provenance';

/**
 * Provenance of the population register (SIAK): the agency, the system and the as-of time of each row (seeded rows:
 * "synthetic seed").
 */
export class Migration20261125110000_population_provenance extends Migration {
  override async up(): Promise<void> {
    this.addSql(addProvenanceSql('population.citizen', 'Dukcapil (Kemendagri)'));
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table population.citizen drop column "source_agency", drop column "source_system", drop column
        "source_as_of";`,
    );
  }
}
