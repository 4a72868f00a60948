import { subgraphOrmConfig } from '../../hub/orm';
import { Filing } from './entities/filing.entity';
import { TaxOffice } from './entities/tax-office.entity';
import { Taxpayer } from './entities/taxpayer.entity';
import { Migration20261124110000_tax } from './migrations/Migration20261124110000_tax';

export const taxOrmConfig = subgraphOrmConfig(
  'tax',
  [Taxpayer, Filing, TaxOffice],
  [{ name: 'Migration20261124110000_tax', class: Migration20261124110000_tax }],
);
