import { subgraphOrmConfig } from '../../hub/orm';
import { Provenance } from '../../schema/provenance';
import { Filing } from './entities/filing.entity';
import { TaxOffice } from './entities/tax-office.entity';
import { TaxProfile } from './entities/tax-profile.entity';
import { Migration20261124110000_tax } from './migrations/Migration20261124110000_tax';
import { Migration20261125110000_tax_provenance } from './migrations/Migration20261125110000_tax_provenance';

export const taxOrmConfig = subgraphOrmConfig(
  'tax',
  [TaxProfile, Filing, TaxOffice, Provenance],
  [
    { name: 'Migration20261124110000_tax', class: Migration20261124110000_tax },
    { name: 'Migration20261125110000_tax_provenance', class: Migration20261125110000_tax_provenance },
  ],
);
