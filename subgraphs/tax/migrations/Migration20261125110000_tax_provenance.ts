import { Migration } from '@mikro-orm/migrations';
import { addProvenanceSql } from '../../../schema/provenance';

/**
 * Provenance of taxpayers (their returns follow them): the agency, the system and the as-of time of each row (seeded
 * rows: "synthetic seed").
 */
export class Migration20261125110000_tax_provenance extends Migration {
  override async up(): Promise<void> {
    this.addSql(addProvenanceSql('tax.taxpayer', 'DJP (Kemenkeu)'));
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table tax.taxpayer drop column "source_agency", drop column "source_system", drop column "source_as_of";`,
    );
  }
}
