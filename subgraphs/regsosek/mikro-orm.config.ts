import { subgraphOrmConfig } from '../../hub/orm';
import { Provenance } from '../../schema/provenance';
import { EligibilityObjection } from './entities/eligibility-objection.entity';
import { Household } from './entities/household.entity';
import { HouseholdMember } from './entities/household-member.entity';
import { HouseholdRegion } from './entities/household-region.embeddable';
import { Housing } from './entities/housing.embeddable';
import { ProgrammeRule } from './entities/programme-rule.entity';
import { Migration20261124100000_regsosek } from './migrations/Migration20261124100000_regsosek';
import { Migration20261125110000_regsosek_provenance } from './migrations/Migration20261125110000_regsosek_provenance';
import { Migration20261211090000_eligibility_objections } from './migrations/Migration20261211090000_eligibility_objections';

export const regsosekOrmConfig = subgraphOrmConfig(
  'regsosek',
  [Household, HouseholdMember, ProgrammeRule, EligibilityObjection, Housing, HouseholdRegion, Provenance],
  [
    { name: 'Migration20261124100000_regsosek', class: Migration20261124100000_regsosek },
    { name: 'Migration20261125110000_regsosek_provenance', class: Migration20261125110000_regsosek_provenance },
    {
      name: 'Migration20261211090000_eligibility_objections',
      class: Migration20261211090000_eligibility_objections,
    },
  ],
);
