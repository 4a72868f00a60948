import { subgraphOrmConfig } from '../../hub/orm';
import { Facility } from './entities/facility.entity';
import { Membership } from './entities/membership.entity';
import { Patient } from './entities/patient.entity';
import { Migration20261124120000_health } from './migrations/Migration20261124120000_health';

export const healthOrmConfig = subgraphOrmConfig(
  'health',
  [Membership, Facility, Patient],
  [{ name: 'Migration20261124120000_health', class: Migration20261124120000_health }],
);
