import { subgraphOrmConfig } from '../../hub/orm';
import { Household } from './entities/household.entity';
import { HouseholdMember } from './entities/household-member.entity';
import { Housing } from './entities/housing.embeddable';
import { ProgrammeRule } from './entities/programme-rule.entity';
import { HouseholdRegion } from './entities/region.embeddable';
import { Migration20261124100000_regsosek } from './migrations/Migration20261124100000_regsosek';

export const regsosekOrmConfig = subgraphOrmConfig(
  'regsosek',
  [Household, HouseholdMember, ProgrammeRule, Housing, HouseholdRegion],
  [{ name: 'Migration20261124100000_regsosek', class: Migration20261124100000_regsosek }],
);
