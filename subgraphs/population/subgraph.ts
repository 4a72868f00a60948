import type { PolicyContext } from '../../policy/context';
import type { SubgraphDefinition } from '../host/subgraph';
import type { Relation } from '../../policy/decide';
import { roles } from '../../policy/shield';
import type { PopulationContext } from './context';
import { createPopulationLoaders, type PopulationLoaders } from './loaders';
import { populationOrmConfig } from './mikro-orm.config';
import { buildPopulationSchema } from './schema';

/** The person is the caller, on the caller's own family card, or someone else (two batched lookups at most). */
async function familyCardRelation(callerNik: string, subjectNik: string, context: PolicyContext): Promise<Relation> {
  if (callerNik === subjectNik) return 'self';
  const { citizen } = (context as PopulationContext).loaders;
  const [caller, subject] = await Promise.all([citizen.load(callerNik), citizen.load(subjectNik)]);
  return caller && subject && caller.family.kk === subject.family.kk ? 'family' : 'other';
}

/** Dukcapil population register: citizens (NIK), family cards (KK) and Kemendagri regions. */
export const population: SubgraphDefinition<PopulationLoaders> = {
  name: 'population',
  defaultPort: 4001,
  buildSchema: buildPopulationSchema,
  ormConfig: populationOrmConfig,
  createLoaders: createPopulationLoaders,
  // The change feed is for services (officers); what each may see of it is decided per person inside.
  // A family card names its members: reading it by KK is on each member's access log.
  policy: {
    relation: familyCardRelation,
    fieldRules: { Query: { changes: roles('officer') } },
    // Through the loader the members' resolver uses: the lookup costs no statement of its own.
    entryPeople: {
      'Query.family': async (args, context) =>
        (await (context as PopulationContext).loaders.familyMembers.load(String(args.kk))).map((c) => c.nik),
    },
  },
};
