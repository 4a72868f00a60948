import { GraphQLError, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield, type IRules } from 'graphql-shield';
import type { SubgraphContext } from '../hub/subgraph';
import type { Scope } from '../schema/scopes';
import { decide, type Relation, type Subject } from './decide';

/** How a subgraph tells how a person relates to the citizen calling (population knows family cards). */
export type RelationResolver = (callerNik: string, subjectNik: string, context: SubgraphContext<unknown>) => Promise<Relation>;

export const ownOnly: RelationResolver = async (callerNik, subjectNik) => (callerNik === subjectNik ? 'self' : 'other');

function scopeOf(field: GraphQLField<unknown, unknown>): Scope | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'sensitive');
  const argument = directive?.arguments?.find((a) => a.name.value === 'scope');
  return argument?.value.kind === 'StringValue' ? (argument.value.value as Scope) : undefined;
}

/**
 * Wraps a subgraph schema with its access map: every field carrying `@sensitive(scope:)` is released only when
 * `decide` allows it for this caller and this person; every other field is allowed explicitly; anything not in
 * the map is denied (graphql-shield's fallback). A rule that throws denies. Decisions are never cached across
 * fields (`no_cache`): two aliases of different NIKs are decided separately.
 */
export function withPolicy(schema: GraphQLSchema, relation: RelationResolver = ownOnly): GraphQLSchema {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const sensitiveRule = (scope: Scope, isRoot: boolean, onCitizen: boolean) =>
    rule({ cache: 'no_cache' })(async (parent: { nik?: string }, args: { nik?: string; niks?: string[] }, context: SubgraphContext<unknown>) => {
      const niks = onCitizen ? [parent.nik] : args.niks ?? (args.nik ? [args.nik] : undefined);
      const subjects: Subject[] = niks
        ? await Promise.all(niks.map(async (nik) => ({ kind: 'person' as const, nik: nik!, relation: context.caller.nik ? await relation(context.caller.nik, nik!, context) : ('other' as const) })))
        : [{ kind: isRoot ? 'entry' : 'nested' }];
      for (const subject of subjects) {
        const decision = decide(context.caller, scope, subject);
        if (decision.kind === 'deny') return new GraphQLError(`Not allowed: ${decision.reason}`, { extensions: { code: decision.code, reason: decision.reason } });
      }
      return true;
    });

  const map: IRules = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rules: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const scope = scopeOf(field);
      rules[field.name] = scope ? sensitiveRule(scope, roots.has(type.name), type.name === 'Citizen') : allow;
    }
    (map as Record<string, unknown>)[type.name] = rules;
  }
  const permissions = shield(map, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } }),
  });
  return applyMiddleware(schema, permissions);
}
