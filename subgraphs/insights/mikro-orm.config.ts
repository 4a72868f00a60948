import { subgraphOrmConfig } from '../../hub/orm';
import { DisclosureSetting } from './entities/disclosure-setting.entity';
import { Refresh } from './entities/refresh.entity';
import { Migration20261124160000_insights } from './migrations/Migration20261124160000_insights';

export const insightsOrmConfig = subgraphOrmConfig(
  'insights',
  [DisclosureSetting, Refresh],
  [{ name: 'Migration20261124160000_insights', class: Migration20261124160000_insights }],
);
