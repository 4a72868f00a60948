import { subgraphOrmConfig } from '../../hub/orm';
import { AccessRule } from './entities/access-rule.entity';
import { Client } from './entities/client.entity';
import { ConsentEvent } from './entities/consent-event.entity';
import { ConsentRequest } from './entities/consent-request.entity';
import { Purpose } from './entities/purpose.entity';
import { RightsRequest } from './entities/rights-request.entity';
import { StewardChange } from './entities/steward-change.entity';
import { TrustedDocument } from './entities/trusted-document.entity';
import { Migration20261124140000_consent } from './migrations/Migration20261124140000_consent';
import { Migration20261204100000_client_quota } from './migrations/Migration20261204100000_client_quota';
import { Migration20261206120000_idempotency } from './migrations/Migration20261206120000_idempotency';
import { Migration20261207090000_trusted_documents } from './migrations/Migration20261207090000_trusted_documents';
import { Migration20261208000000_consent_requests } from './migrations/Migration20261208000000_consent_requests';
import { Migration20261208100000_idempotency_expiry } from './migrations/Migration20261208100000_idempotency_expiry';
import { Migration20261210110000_rights_requests } from './migrations/Migration20261210110000_rights_requests';
import { Migration20261210130000_pairwise_subjects } from './migrations/Migration20261210130000_pairwise_subjects';

export const consentOrmConfig = subgraphOrmConfig(
  'consent',
  [Client, Purpose, AccessRule, ConsentEvent, ConsentRequest, StewardChange, TrustedDocument, RightsRequest],
  [
    { name: 'Migration20261124140000_consent', class: Migration20261124140000_consent },
    { name: 'Migration20261204100000_client_quota', class: Migration20261204100000_client_quota },
    { name: 'Migration20261206120000_idempotency', class: Migration20261206120000_idempotency },
    { name: 'Migration20261207090000_trusted_documents', class: Migration20261207090000_trusted_documents },
    { name: 'Migration20261208000000_consent_requests', class: Migration20261208000000_consent_requests },
    { name: 'Migration20261208100000_idempotency_expiry', class: Migration20261208100000_idempotency_expiry },
    { name: 'Migration20261210110000_rights_requests', class: Migration20261210110000_rights_requests },
    { name: 'Migration20261210130000_pairwise_subjects', class: Migration20261210130000_pairwise_subjects },
  ],
);
