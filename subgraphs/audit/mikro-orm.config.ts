import { subgraphOrmConfig } from '../../hub/orm';
import { AccessEvent } from './entities/access-event.entity';
import { CheckpointRow } from './entities/checkpoint.entity';

/** The access log's tables, read only: policy/audit/ owns the schema, its migrations and every write. */
export const auditOrmConfig = subgraphOrmConfig('audit', [AccessEvent, CheckpointRow], []);
