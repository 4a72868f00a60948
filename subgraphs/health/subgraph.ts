import { peopleBy } from '../host/entry-people';
import type { SubgraphDefinition } from '../host/subgraph';
import { createHealthLoaders, type HealthLoaders } from './loaders';
import { healthOrmConfig } from './mikro-orm.config';
import { buildHealthSchema } from './schema';

/** Health: JKN memberships (BPJS Kesehatan), primary-care facilities and SATUSEHAT patient ids. */
export const health: SubgraphDefinition<HealthLoaders> = {
  name: 'health',
  defaultPort: 4004,
  buildSchema: buildHealthSchema,
  ormConfig: healthOrmConfig,
  createLoaders: createHealthLoaders,
  // A card number names its holder: the lookup is on the holder's access log.
  policy: {
    entryPeople: {
      'Query.bpjsCard': peopleBy('cardNumber', 'select nik from health.membership where card_number = ?', (card) =>
        /^[0-9]{13}$/.test(card) ? card : undefined,
      ),
    },
  },
};
