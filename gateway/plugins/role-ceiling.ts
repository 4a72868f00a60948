import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, parse, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode, getNamedType, isObjectType, isInterfaceType } from 'graphql';
import { withinCeiling } from '../../policy/role-ceiling';
import { ErrorCode } from '../../schema/errors';
import type { Scope } from '../../schema/scopes';
import type { GatewayContext } from '../context';
import { fragmentsOf } from '../operation-document';

/** `Type.field` -> scope, read from the `@sensitive` applications in the supergraph SDL. */
export function sensitiveFields(supergraphSdl: string): ReadonlyMap<string, Scope> {
  const scopes = new Map<string, Scope>();
  const document: DocumentNode = parse(supergraphSdl);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const argument = field.directives?.find((d) => d.name.value === 'sensitive')?.arguments?.find((a) => a.name.value === 'scope');
      if (argument?.value.kind === Kind.STRING) scopes.set(`${definition.name.value}.${field.name.value}`, argument.value.value as Scope);
    }
  }
  return scopes;
}

function requestedScopes(schema: GraphQLSchema, typeName: string, selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, scopes: ReadonlyMap<string, Scope>, into: Set<Scope>): void {
  const type = schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const scope = scopes.get(`${typeName}.${selection.name.value}`);
      if (scope) into.add(scope);
      const field = type.getFields()[selection.name.value];
      if (field && selection.selectionSet) requestedScopes(schema, getNamedType(field.type).name, selection.selectionSet, fragments, scopes, into);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      requestedScopes(schema, selection.typeCondition?.name.value ?? typeName, selection.selectionSet, fragments, scopes, into);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment) requestedScopes(schema, fragment.typeCondition.name.value, fragment.selectionSet, fragments, scopes, into);
    }
  }
}

/**
 * Refuses, before planning, an operation that asks for personal data its caller's role can never read
 * (a planner or a steward asking for any profile field): HTTP 403, FORBIDDEN, the refused scopes named. No
 * subgraph is called. Fires: didResolveOperation.
 */
export function roleCeilingPlugin(scopes: ReadonlyMap<string, Scope>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, contextValue }) {
          if (!operation) return;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
          if (!root) return;
          const fragments = fragmentsOf(document);
          const requested = new Set<Scope>();
          requestedScopes(schema, root.name, operation.selectionSet, fragments, scopes, requested);
          const refused = [...requested].filter((scope) => !withinCeiling(contextValue.caller.role, scope)).sort();
          if (refused.length > 0) {
            throw new GraphQLError(`The ${contextValue.caller.role} role may not read personal data (${refused.join(', ')})`, {
              extensions: { code: ErrorCode.FORBIDDEN, reason: `scopes outside the ${contextValue.caller.role} role: ${refused.join(', ')}`, http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
