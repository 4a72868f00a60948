import {
  defaultFieldResolver,
  isObjectType,
  Kind,
  responsePathAsArray,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { allow, chain, deny, rule } from 'graphql-shield';
import type { Role } from '../auth/caller';
import type { PolicyContext } from './context';
import { ErrorCode } from '../schema/errors';
import type { Scope } from '../schema/scopes';
import type { Relation, Subject } from './decide';
import { refusalError, release } from './release';

/**
 * How a subgraph tells how a person relates to the citizen calling (population knows family cards). It gets the
 * subgraph's own context, which extends PolicyContext.
 */
export type RelationResolver = (callerNik: string, subjectNik: string, context: PolicyContext) => Promise<Relation>;

const ownOnly: RelationResolver = async (callerNik, subjectNik) => (callerNik === subjectNik ? 'self' : 'other');

/** Field rules a subgraph states itself, by type and field (e.g. who may call a steward mutation). */
export type FieldRules = Record<string, Record<string, ReturnType<ReturnType<typeof rule>>>>;

export interface PolicyOptions {
  /** How a person relates to a citizen caller. Default: the caller themselves, nobody else. */
  relation?: RelationResolver;
  /** What the subgraph allows by role alone; on a sensitive field, both must allow. */
  fieldRules?: FieldRules;
  /**
   * Root fields about the caller themselves, as `Type.field` (`Query.me`, `Mutation.grantConsent`): their
   * person is the calling citizen; for any other role they are lookups that name no person.
   */
  aboutCaller?: readonly string[];
  /**
   * For root fields that look a record up by another key than a NIK (`Query.bpjsCard`, `Query.family`), as
   * `Type.field`: the people the lookup touches, found before it runs. The lookup is still decided as one that
   * names no person, and the decision is recorded against each of them, so it is on their access log.
   */
  entryPeople?: Readonly<Record<string, (args: Record<string, unknown>, context: PolicyContext) => Promise<string[]>>>;
  /**
   * Object types that are about the person their `nik` names without being keyed by NIK (a household member):
   * their sensitive fields are decided for that person, as on a type keyed by NIK.
   */
  personTypes?: readonly string[];
}

function scopeOf(field: GraphQLField<unknown, unknown>): Scope | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'sensitive');
  const argument = directive?.arguments?.find((a) => a.name.value === 'scope');
  return argument?.value.kind === Kind.STRING ? (argument.value.value as Scope) : undefined;
}

/** Types keyed by NIK (`@key(fields: "nik")`): their fields are about the person the parent's `nik` names. */
function keyedByNik(type: GraphQLObjectType): boolean {
  return [type.astNode, ...(type.extensionASTNodes ?? [])].some((node) =>
    node?.directives?.some(
      (d) =>
        d.name.value === 'key' && d.arguments?.some((a) => a.value.kind === Kind.STRING && a.value.value === 'nik'),
    ),
  );
}

const roleRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

/** The scope an access event names for a field decided by role alone (the steward's work, the quota alerts). */
const ROLE_ONLY_SCOPE = 'role-restricted';

/**
 * A field only these roles may call. One rule instance per set of roles: graphql-shield refuses two rules with
 * the same name. Decided per field (`no_cache`): a refusal is recorded for the access log, so an attempt at a
 * steward's mutation by anyone else is an event with decision REFUSED, naming the field.
 */
export function roles(...allowed: Role[]) {
  const name = `roles:${[...allowed].sort().join(',')}`;
  let found = roleRules.get(name);
  if (!found) {
    found = rule(name, { cache: 'no_cache' })(
      async (_parent, _args, context: PolicyContext, info: GraphQLResolveInfo) => {
        if (allowed.includes(context.caller.role)) return true;
        const reason = `only the ${allowed.join(' or ')} role may do this`;
        context.policy.record({
          nik: null,
          scope: ROLE_ONLY_SCOPE,
          field: `${info.parentType.name}.${info.fieldName}`,
          outcome: 'REFUSED',
          code: ErrorCode.FORBIDDEN,
          reason,
        });
        return refusalError({ code: ErrorCode.FORBIDDEN, reason });
      },
    );
    roleRules.set(name, found);
  }
  return found;
}

/**
 * Wraps a subgraph schema with its access map, as one value:
 * - every field carrying `@sensitive(scope:)` is released only when `decide` allows it for this caller, this
 *   scope and this person. The person is, in order: the parent's NIK on a type keyed by NIK (Citizen, and
 *   `_entities` references to it) or on one of `personTypes` (a household member); the `nik`/`niks` argument
 *   of a root field (the caller, for `aboutCaller` fields); the person whose data an enclosing object holds
 *   (the businesses in a citizen's licences are that citizen's, and need that citizen's consent to
 *   licensing.business). With no person, a root field is an
 *   entry lookup (by KK, NPWP, card number), and so is an `_entities` object; anything else is nested below
 *   an entry already decided;
 * - `fieldRules` add what a subgraph decides itself (by role, by a budget): on a sensitive field, both must allow,
 *   the subgraph's rule first;
 * - every other field is allowed explicitly, and anything not in the map is denied (`guarded`, below).
 * A rule that throws denies. A decision is made once per person and scope in a request and reused by that person's
 * other fields of the scope (two aliases of different NIKs are decided separately); every field is recorded. The
 * lookups and decisions are per request (`context.policy`), never kept across requests.
 */
export function withPolicy(schema: GraphQLSchema, options: PolicyOptions = {}): GraphQLSchema {
  const { relation = ownOnly, fieldRules = {}, entryPeople = {} } = options;
  const aboutCaller = new Set(options.aboutCaller);
  const personTypes = new Set(options.personTypes);
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);

  /** Whose data the field releases, as NIKs, or which kind of subject it is when no person is known. */
  function subjectOf(
    field: { isRoot: boolean; onPerson: boolean; onCaller: boolean },
    parent: { nik?: string },
    args: { nik?: string; niks?: string[] },
    context: PolicyContext,
    info: GraphQLResolveInfo,
  ): string[] | 'entry' | 'nested' {
    const path = responsePathAsArray(info.path);
    const objectPath = path.slice(0, -1);
    const { caller, policy } = context;
    if (field.onPerson && parent.nik) {
      policy.remember(objectPath, parent.nik);
      return [parent.nik];
    }
    const own = field.onCaller ? (caller.nik ?? undefined) : args.nik;
    if (field.isRoot && own) {
      policy.remember(path, own);
      return [own];
    }
    if (field.isRoot) return args.niks ?? 'entry';
    const above = policy.personAt(objectPath);
    if (above) return [above];
    return path[0] === '_entities' ? 'entry' : 'nested';
  }

  type FieldShape = { isRoot: boolean; onPerson: boolean; onCaller: boolean };
  const verdict = (refused: Awaited<ReturnType<typeof release>>) => (refused ? refusalError(refused) : true);

  /**
   * A sensitive field's check. An officer's field on a person, or one nested below a decided entry, is decided
   * at once when its person's scope was decided before in the request (`release`); a lookup by another key, and a
   * citizen's field on someone (their relation to be found), are decided after their lookups.
   */
  const sensitiveCheck =
    (scope: Scope, field: FieldShape): Check =>
    (parent: { nik?: string }, args: { nik?: string; niks?: string[] }, context, info) => {
      const found = subjectOf(field, parent, args, context, info);
      if (found === 'entry' || (context.caller.nik && Array.isArray(found)))
        return decideAfterLookups(scope, found, args, context, info);
      const subjects: Subject[] = Array.isArray(found)
        ? found.map((nik) => ({ kind: 'person', nik, relation: 'other' }))
        : [{ kind: found }];
      const refused = release(context, scope, subjects, `${info.parentType.name}.${info.fieldName}`);
      return refused instanceof Promise ? refused.then(verdict) : verdict(refused);
    };

  async function decideAfterLookups(
    scope: Scope,
    found: string[] | 'entry',
    args: { nik?: string; niks?: string[] },
    context: PolicyContext,
    info: GraphQLResolveInfo,
  ): Promise<true | Error> {
    const { caller } = context;
    const subjects: Subject[] = Array.isArray(found)
      ? await Promise.all(
          found.map(async (nik) => ({
            kind: 'person' as const,
            nik,
            relation: caller.nik ? await relation(caller.nik, nik, context) : ('other' as const),
          })),
        )
      : [{ kind: found }];
    const name = `${info.parentType.name}.${info.fieldName}`;
    const people = found === 'entry' ? await entryPeople[name]?.(args, context) : undefined;
    // A lookup that touches one person: what lies below it is that person's, decided for them.
    if (people?.length === 1) context.policy.remember(responsePathAsArray(info.path), people[0]);
    return verdict(await release(context, scope, subjects, name, people));
  }

  const map: Record<string, Record<string, FieldRule | Check>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const onPerson = keyedByNik(type) || personTypes.has(type.name);
    const rules: Record<string, FieldRule | Check> = {};
    for (const field of Object.values(type.getFields())) {
      const scope = scopeOf(field);
      const stated = fieldRules[type.name]?.[field.name];
      const released = scope
        ? sensitiveCheck(scope, {
            isRoot: roots.has(type.name),
            onPerson,
            onCaller: aboutCaller.has(`${type.name}.${field.name}`),
          })
        : undefined;
      // In turn, the subgraph's own rule first: a field it refuses is not decided (nor recorded) as released.
      rules[field.name] =
        stated && released
          ? chain(
              stated,
              rule({ cache: 'no_cache' })(async (parent, args, context: PolicyContext, info) =>
                released(parent as object, args as object, context, info),
              ),
            )
          : (stated ?? released ?? allow);
    }
    map[type.name] = rules;
  }
  return guarded(schema, map);
}

/**
 * A field's own check: true to run its resolver, or the error that is the field's value instead; a promise only
 * while something it needs is being looked up.
 */
type Check = (
  parent: object,
  args: object,
  context: PolicyContext,
  info: GraphQLResolveInfo,
) => true | Error | Promise<true | Error>;

/** A graphql-shield rule (a rule, or rules chained). */
type FieldRule = Parameters<typeof chain>[number];

/** How the rules are evaluated: as graphql-shield's `shield` would with these options. */
const RULE_OPTIONS = {
  debug: false,
  allowExternalErrors: true,
  fallbackRule: deny,
  fallbackError: () => refusalError({ code: ErrorCode.FORBIDDEN, reason: 'this field is not in the access map' }),
  hashFunction: () => '',
};

/**
 * The schema with each field's resolver run only once its rule allows it, as graphql-shield's middleware does
 * it (a rule's error is the field's error; a plain refusal is FORBIDDEN; whatever the resolver throws passes
 * through), for the fields whose rule is not `allow`, and for any field not in the map (denied). A field allowed
 * to everyone keeps its own resolver: most of a response is such fields (names, codes, dates of the objects a
 * decided field released), and each wrapped one costs a rule call and its promises (bench S4).
 */
function guarded(schema: GraphQLSchema, map: Record<string, Record<string, FieldRule | Check>>): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName, typeName) => {
      const fieldRule = map[typeName]?.[fieldName] ?? deny;
      if (fieldRule === allow) return config;
      const resolve: GraphQLFieldResolver<unknown, object> = config.resolve ?? defaultFieldResolver;
      const check = typeof fieldRule === 'function' ? fieldRule : shieldCheck(fieldRule);
      const checked: GraphQLFieldResolver<object, PolicyContext> = (parent, args, context, info) => {
        let verdict: ReturnType<Check>;
        try {
          verdict = check(parent, args, context, info);
        } catch (error) {
          return error;
        }
        if (verdict === true) return resolve(parent, args, context, info);
        if (!(verdict instanceof Promise)) return verdict;
        return verdict.then(
          (settled) => (settled === true ? resolve(parent, args, context, info) : settled),
          (error: unknown) => error,
        );
      };
      return { ...config, resolve: checked };
    },
  });
}

/** A graphql-shield rule as a check, evaluated as graphql-shield's `shield` would with RULE_OPTIONS. */
function shieldCheck(fieldRule: FieldRule): Check {
  return async (parent, args, context, info) => {
    const shielded = context as PolicyContext & { _shield?: { cache: object } };
    shielded._shield ??= { cache: {} };
    const verdict = await fieldRule.resolve(parent, args, shielded as never, info, RULE_OPTIONS);
    if (verdict === true) return true;
    if (verdict === false) return RULE_OPTIONS.fallbackError();
    return typeof verdict === 'string' ? new Error(verdict) : verdict;
  };
}
