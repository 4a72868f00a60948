import { subgraphOrmConfig } from '../../hub/orm';
import { Provenance } from '../../schema/provenance';
import { BpjsMembership } from './entities/bpjs-membership.entity';
import { Facility } from './entities/facility.entity';
import { Patient } from './entities/patient.entity';
import { Migration20261124120000_health } from './migrations/Migration20261124120000_health';
import { Migration20261125110000_health_provenance } from './migrations/Migration20261125110000_health_provenance';

export const healthOrmConfig = subgraphOrmConfig(
  'health',
  [BpjsMembership, Facility, Patient, Provenance],
  [
    { name: 'Migration20261124120000_health', class: Migration20261124120000_health },
    { name: 'Migration20261125110000_health_provenance', class: Migration20261125110000_health_provenance },
  ],
);
