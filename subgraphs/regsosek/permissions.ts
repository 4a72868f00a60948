import { rule } from 'graphql-shield';
import type { GraphQLResolveInfo } from 'graphql';
import type { PolicyContext } from '../../policy/context';
import { refusalError } from '../../policy/release';
import { roles, type PolicyOptions } from '../../policy/shield';
import { ErrorCode } from '../../schema/errors';
import { peopleBy } from '../host/entry-people';
import type { RegsosekContext } from './context';

/** The purpose the social-affairs agency's officers (Kementerian Sosial, SIKS-NG) state for their work. */
export const SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE';

const objector = peopleBy('id', 'select nik from regsosek.eligibility_objection where id = ?', (id) =>
  /^[0-9a-f-]{36}$/.test(id) ? id : undefined,
);

/**
 * Officers of the social-affairs agency at work: an officer whose request states SOCIAL_ASSISTANCE (whether
 * their client may use the data for it is the steward's rule, decided on each field's scope). Anyone else is
 * refused, and the refusal is on the access log, naming the field.
 */
const socialAffairs = rule('regsosek:social-affairs', { cache: 'no_cache' })(async (
  _parent,
  _args,
  context: PolicyContext,
  info: GraphQLResolveInfo,
) => {
  const { caller } = context;
  if (caller.role === 'officer' && caller.purpose === SOCIAL_ASSISTANCE) return true;
  const reason = `only officers working for ${SOCIAL_ASSISTANCE} review objections to eligibility decisions`;
  context.policy.record({
    nik: null,
    scope: 'role-restricted',
    field: `${info.parentType.name}.${info.fieldName}`,
    outcome: 'REFUSED',
    code: ErrorCode.FORBIDDEN,
    reason,
  });
  return refusalError({ code: ErrorCode.FORBIDDEN, reason });
});

/**
 * The regsosek subgraph's access map beyond its `@sensitive` scopes: a household member's fields and an
 * objection's are that person's wherever they appear (a list of objections names many people, each decided and
 * recorded for them); a KK names its household's members and an objection id its objector, so looking either up
 * is on their access log. Only citizens object, about themselves; only the social-affairs agency's officers list
 * and review objections; the rights report's counts are for stewards and auditors.
 */
export const regsosekPolicy: PolicyOptions = {
  personTypes: ['HouseholdMember', 'EligibilityObjection'],
  aboutCaller: ['Mutation.objectToEligibility'],
  entryPeople: {
    // Through the loaders the resolvers use: the lookup costs no statement of its own.
    'Query.householdByKk': async (args, context) => {
      const { loaders } = context as RegsosekContext;
      const household = await loaders.householdByKk.load(String(args.kk));
      return household ? (await loaders.membersByHousehold.load(household.id)).map((m) => m.nik) : [];
    },
    'Mutation.reviewEligibilityObjection': objector,
  },
  fieldRules: {
    Query: { eligibilityObjections: socialAffairs },
    Mutation: { objectToEligibility: roles('citizen'), reviewEligibilityObjection: socialAffairs },
    RightsReport: { objections: roles('steward', 'auditor'), overdueObjections: roles('steward', 'auditor') },
  },
};
