import type { RegsosekContext } from './context';
import type { SubgraphDefinition } from '../host/subgraph';
import { createRegsosekLoaders, type RegsosekLoaders } from './loaders';
import { regsosekOrmConfig } from './mikro-orm.config';
import { buildRegsosekSchema } from './schema';

/** DTSEN socio-economic register: households, welfare deciles, housing, assets and programme eligibility. */
export const regsosek: SubgraphDefinition<RegsosekLoaders> = {
  name: 'regsosek',
  defaultPort: 4002,
  buildSchema: buildRegsosekSchema,
  ormConfig: regsosekOrmConfig,
  createLoaders: createRegsosekLoaders,
  // A household's KK names its members: reading it is on each member's access log.
  policy: {
    // A member's fields are that member's: decided for them, not for whoever the household was reached through.
    personTypes: ['HouseholdMember'],
    entryPeople: {
      // Through the loaders the resolvers use: the lookup costs no statement of its own.
      'Query.householdByKk': async (args, context) => {
        const { loaders } = context as RegsosekContext;
        const household = await loaders.householdByKk.load(String(args.kk));
        return household ? (await loaders.membersByHousehold.load(household.id)).map((m) => m.nik) : [];
      },
    },
  },
};
