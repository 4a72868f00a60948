import { subgraphOrmConfig } from '../hub/orm';
import { Migration20261125100000_connectors } from './migrations/Migration20261125100000_connectors';

/** The connectors' schema has no entities: runs, quarantine and crosswalk are written in SQL by the runner. */
export const connectorsOrmConfig = subgraphOrmConfig(
  'connectors',
  [],
  [{ name: 'Migration20261125100000_connectors', class: Migration20261125100000_connectors }],
);
