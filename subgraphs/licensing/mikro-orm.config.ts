import { subgraphOrmConfig } from '../../hub/orm';
import { Provenance } from '../../schema/provenance';
import { ApplicationEvent } from './entities/application-event.entity';
import { Business } from './entities/business.entity';
import { BusinessActivity } from './entities/business-activity.entity';
import { LicenceApplication } from './entities/licence-application.entity';
import { Sip } from './entities/sip.entity';
import { Str } from './entities/str.entity';
import { Migration20261124130000_licensing } from './migrations/Migration20261124130000_licensing';
import { Migration20261125110000_licensing_provenance } from './migrations/Migration20261125110000_licensing_provenance';
import { Migration20261206120000_idempotency } from './migrations/Migration20261206120000_idempotency';
import { Migration20261208100000_idempotency_expiry } from './migrations/Migration20261208100000_idempotency_expiry';

export const licensingOrmConfig = subgraphOrmConfig(
  'licensing',
  [Str, Sip, Business, BusinessActivity, LicenceApplication, ApplicationEvent, Provenance],
  [
    { name: 'Migration20261124130000_licensing', class: Migration20261124130000_licensing },
    { name: 'Migration20261125110000_licensing_provenance', class: Migration20261125110000_licensing_provenance },
    { name: 'Migration20261206120000_idempotency', class: Migration20261206120000_idempotency },
    { name: 'Migration20261208100000_idempotency_expiry', class: Migration20261208100000_idempotency_expiry },
  ],
);
