import { subgraphOrmConfig } from '../../hub/orm';
import { Citizen } from './entities/citizen.entity';
import { District } from './entities/district.entity';
import { Family } from './entities/family.entity';
import { Province } from './entities/province.entity';
import { Regency } from './entities/regency.entity';
import { Village } from './entities/village.entity';
import { Migration20261124000000_population } from './migrations/Migration20261124000000_population';

export const populationOrmConfig = subgraphOrmConfig(
  'population',
  [Citizen, Family, Village, District, Regency, Province],
  [{ name: 'Migration20261124000000_population', class: Migration20261124000000_population }],
);
