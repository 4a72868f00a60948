import type { PolicyContext } from '../../policy/context';
import type { SubgraphDefinition } from '../host/subgraph';
import type { Relation } from '../../policy/decide';
import { roles } from '../../policy/shield';
import { rule } from 'graphql-shield';
import { refusalError } from '../../policy/release';
import { ErrorCode } from '../../schema/errors';
import { registrarScopes } from '../../policy/registrar';
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

/**
 * Who may record a change in the register: a registrar (policy/registrar.ts), whose rule for their client and
 * purpose is on a basis other than consent; that it covers addresses, the field's own scope decides.
 */
const registrar = rule('population:registrar', { cache: 'no_cache' })(async (
  _parent,
  args: { nik?: string },
  context: PolicyContext,
) => {
  if ((await registrarScopes(context)).size > 0) return true;
  const reason =
    context.caller.role === 'officer'
      ? 'recording a change in the register needs a rule on a legal obligation or public task, not consent'
      : 'only officers record changes in the register';
  context.policy.record({
    nik: args.nik ?? null,
    scope: 'population.address',
    field: 'Mutation.recordAddressChange',
    outcome: 'REFUSED',
    code: ErrorCode.FORBIDDEN,
    reason,
  });
  return refusalError({ code: ErrorCode.FORBIDDEN, reason });
});

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
    fieldRules: { Query: { changes: roles('officer') }, Mutation: { recordAddressChange: registrar } },
    // Through the loader the members' resolver uses: the lookup costs no statement of its own.
    entryPeople: {
      'Query.family': async (args, context) =>
        (await (context as PopulationContext).loaders.familyMembers.load(String(args.kk))).map((c) => c.nik),
    },
  },
};
