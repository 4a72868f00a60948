import { subgraphOrmConfig } from '../../hub/orm';
import { Migration20261124150000_audit } from './migrations/Migration20261124150000_audit';
import { Migration20261125000000_disclosure_events } from './migrations/Migration20261125000000_disclosure_events';
import { Migration20261206000000_subtree_roots } from './migrations/Migration20261206000000_subtree_roots';
import { Migration20261206010000_consent_request_events } from './migrations/Migration20261206010000_consent_request_events';
import { Migration20261207100000_monthly_partitions } from './migrations/Migration20261207100000_monthly_partitions';
import { Migration20261207110000_ensure_month_race } from './migrations/Migration20261207110000_ensure_month_race';
import { Migration20261210100000_data_export_events } from './migrations/Migration20261210100000_data_export_events';

/**
 * The access log's schema (`audit`: events, checkpoints, the tree's head), migrated here with the writer that
 * appends to it and the verifier that checks it. The audit subgraph only reads it.
 */
export const accessLogOrmConfig = subgraphOrmConfig(
  'audit',
  [],
  [
    { name: 'Migration20261124150000_audit', class: Migration20261124150000_audit },
    { name: 'Migration20261125000000_disclosure_events', class: Migration20261125000000_disclosure_events },
    { name: 'Migration20261206000000_subtree_roots', class: Migration20261206000000_subtree_roots },
    { name: 'Migration20261206010000_consent_request_events', class: Migration20261206010000_consent_request_events },
    { name: 'Migration20261207100000_monthly_partitions', class: Migration20261207100000_monthly_partitions },
    { name: 'Migration20261207110000_ensure_month_race', class: Migration20261207110000_ensure_month_race },
    { name: 'Migration20261210100000_data_export_events', class: Migration20261210100000_data_export_events },
  ],
);
