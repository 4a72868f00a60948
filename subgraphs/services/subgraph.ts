import type { EntityManager } from '@mikro-orm/postgresql';
import { noMailSender, smtpMailSender } from '../../hub/mail';
import type { SubgraphDefinition } from '../host/subgraph';
import { createServicesLoaders, type ServicesLoaders } from './loaders';
import { servicesOrmConfig } from './mikro-orm.config';
import { servicesPolicy } from './permissions';
import { startNotifier } from './notifier';
import { buildServicesSchema } from './schema';

/**
 * MPP Digital's services: the catalogue per MPP and regency, and applications filled from the graph (an NIB,
 * a PBI-JK proposal, a change of address) with their status, history, due dates and officers' work queues.
 */
export const services: SubgraphDefinition<ServicesLoaders> = {
  name: 'services',
  keyedMutations: true,
  defaultPort: 4009,
  buildSchema: buildServicesSchema,
  ormConfig: servicesOrmConfig,
  createLoaders: createServicesLoaders,
  policy: servicesPolicy,
  // Notifications from the access log and consent requests, and their e-mails through SMTP_URL.
  background: (orm, config) =>
    startNotifier(
      orm.em as EntityManager,
      config.mail.smtpUrl ? smtpMailSender({ url: config.mail.smtpUrl, from: config.mail.from }) : noMailSender(),
      config.mail,
    ),
};
