import { subgraphOrmConfig } from '../../hub/orm';
import { ComplaintResponse } from './entities/complaint-response.entity';
import { Complaint } from './entities/complaint.entity';
import { Contact } from './entities/contact.entity';
import { Mpp } from './entities/mpp.entity';
import { Notification } from './entities/notification.entity';
import { SurveyResponse } from './entities/survey-response.entity';
import { Offering } from './entities/offering.entity';
import { ServiceApplicationEvent } from './entities/service-application-event.entity';
import { ServiceApplication } from './entities/service-application.entity';
import { Migration20261209100000_services } from './migrations/Migration20261209100000_services';
import { Migration20261211100000_rights_answers } from './migrations/Migration20261211100000_rights_answers';

export const servicesOrmConfig = subgraphOrmConfig(
  'services',
  [
    Mpp,
    Offering,
    ServiceApplication,
    ServiceApplicationEvent,
    Contact,
    Notification,
    Complaint,
    ComplaintResponse,
    SurveyResponse,
  ],
  [
    { name: 'Migration20261209100000_services', class: Migration20261209100000_services },
    { name: 'Migration20261211100000_rights_answers', class: Migration20261211100000_rights_answers },
  ],
);
