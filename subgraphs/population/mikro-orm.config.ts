import { subgraphOrmConfig } from '../../hub/orm';
import { Provenance } from '../../schema/provenance';
import { PopulationChange } from './entities/change.entity';
import { Citizen } from './entities/citizen.entity';
import { District } from './entities/district.entity';
import { Family } from './entities/family.entity';
import { Province } from './entities/province.entity';
import { Regency } from './entities/regency.entity';
import { Village } from './entities/village.entity';
import { Migration20261124000000_population } from './migrations/Migration20261124000000_population';
import { Migration20261125110000_population_provenance } from './migrations/Migration20261125110000_population_provenance';
import { Migration20261125120000_population_changes } from './migrations/Migration20261125120000_population_changes';

export const populationOrmConfig = subgraphOrmConfig(
  'population',
  [Citizen, Family, Village, District, Regency, Province, PopulationChange, Provenance],
  [
    { name: 'Migration20261124000000_population', class: Migration20261124000000_population },
    { name: 'Migration20261125110000_population_provenance', class: Migration20261125110000_population_provenance },
    { name: 'Migration20261125120000_population_changes', class: Migration20261125120000_population_changes },
  ],
);
