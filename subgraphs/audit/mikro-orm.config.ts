import { subgraphOrmConfig } from '../../hub/orm';
import { AccessEvent } from './entities/access-event.entity';
import { CheckpointRow } from './entities/checkpoint.entity';
import { Migration20261124150000_audit } from './migrations/Migration20261124150000_audit';
import { Migration20261125000000_disclosure_events } from './migrations/Migration20261125000000_disclosure_events';

export const auditOrmConfig = subgraphOrmConfig(
  'audit',
  [AccessEvent, CheckpointRow],
  [
    { name: 'Migration20261124150000_audit', class: Migration20261124150000_audit },
    { name: 'Migration20261125000000_disclosure_events', class: Migration20261125000000_disclosure_events },
  ],
);
