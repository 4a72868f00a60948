import { Migration } from '@mikro-orm/migrations';
import { addProvenanceSql } from '../../../schema/provenance';

/** Provenance of STR and SIP: the agency, the system and the as-of time of each row (seeded rows: "synthetic seed"). */
export class Migration20261125110000_licensing_provenance extends Migration {
  override async up(): Promise<void> {
    this.addSql(addProvenanceSql('licensing.str', 'Kemenkes'));
    this.addSql(addProvenanceSql('licensing.sip', 'Kemenkes'));
    this.addSql(addProvenanceSql('licensing.business', 'Kementerian Investasi/BKPM'));
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table licensing.str drop column "source_agency", drop column "source_system", drop column "source_as_of";`,
    );
    this.addSql(
      `alter table licensing.sip drop column "source_agency", drop column "source_system", drop column "source_as_of";`,
    );
    this.addSql(
      `alter table licensing.business drop column "source_agency", drop column "source_system", drop column
        "source_as_of";`,
    );
  }
}
