import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  getNamedType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { admit, refusalError } from '../../policy/release';
import type { QuotaCounter } from '../../policy/quota';
import type { RuleBook } from '../../policy/rule-book';
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
      const argument = field.directives
        ?.find((d) => d.name.value === 'sensitive')
        ?.arguments?.find((a) => a.name.value === 'scope');
      if (argument?.value.kind === Kind.STRING)
        scopes.set(`${definition.name.value}.${field.name.value}`, argument.value.value as Scope);
    }
  }
  return scopes;
}

function requestedScopes(
  schema: GraphQLSchema,
  typeName: string,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  scopes: ReadonlyMap<string, Scope>,
  into: Set<Scope>,
): void {
  const type = schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const scope = scopes.get(`${typeName}.${selection.name.value}`);
      if (scope) into.add(scope);
      const field = type.getFields()[selection.name.value];
      if (field && selection.selectionSet)
        requestedScopes(schema, getNamedType(field.type).name, selection.selectionSet, fragments, scopes, into);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      requestedScopes(
        schema,
        selection.typeCondition?.name.value ?? typeName,
        selection.selectionSet,
        fragments,
        scopes,
        into,
      );
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment)
        requestedScopes(schema, fragment.typeCondition.name.value, fragment.selectionSet, fragments, scopes, into);
    }
  }
}

/**
 * Refuses, before planning, what the caller could never be given, so no subgraph is called for it (HTTP 403):
 * - a scope outside the caller's role (a planner or a steward asking for any profile field): FORBIDDEN, the
 *   refused scopes named;
 * - for an officer asking for personal data: no purpose stated, a purpose outside the catalogue, a client that
 *   is not registered, no steward rule for the client and purpose, or a rule that covers none of the scopes
 *   asked for: PURPOSE_NOT_ALLOWED (FORBIDDEN for the client).
 * What the rule covers in part is left to the subgraphs, which null each refused field with its own error while
 * the rest of the response arrives: the decision per citizen (consent) can only be made there anyway.
 * - an officer whose client is over its quota (policy/quota.ts): RATE_LIMITED, HTTP 429 with Retry-After. The
 *   persons released to the client are counted once the response is ready.
 * Fires: didResolveOperation, willSendResponse.
 */
export function accessPrecheckPlugin(
  scopes: ReadonlyMap<string, Scope>,
  rules: RuleBook,
  quotas?: QuotaCounter,
): ApolloServerPlugin<GatewayContext> {
  const scopesOfOperation = new WeakMap<OperationDefinitionNode, ReadonlySet<Scope>>();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          // The persons an officer's client was given data about count against its quota for the hour and the day.
          const { caller, decisions } = contextValue ?? {};
          if (!quotas || caller?.role !== 'officer' || !caller.client) return;
          const released = decisions.filter((d) => d.outcome === 'ALLOWED' && d.nik !== null).map((d) => d.nik!);
          // Not awaited: the response does not wait for the count (issued now, it is ahead of the client's next
          // request on the same connection to the store).
          void quotas.record(caller.client, released).catch(() => undefined);
        },
        async didResolveOperation({ schema, operation, document, contextValue }) {
          if (!operation) return;
          const root = schema.getRootType(operation.operation);
          if (!root) return;
          // Per operation of a parsed document: Apollo Server keeps the parsed documents it has seen.
          let requested = scopesOfOperation.get(operation);
          if (!requested) {
            const found = new Set<Scope>();
            requestedScopes(schema, root.name, operation.selectionSet, fragmentsOf(document), scopes, found);
            scopesOfOperation.set(operation, (requested = found));
          }
          if (requested.size === 0) return;
          const { caller } = contextValue;
          // A refusal here is a decision on personal data too: `admit` records it for the access log.
          const admission = await admit(
            {
              caller,
              access: () => rules.accessFor(caller.client, caller.purpose),
              record: (decision) => contextValue.decisions.push(decision),
              quota:
                quotas && caller.client
                  ? async () => quotas.admit(caller.client!, await rules.quotaFor(caller.client!))
                  : undefined,
            },
            [...requested],
            root.name,
          );
          if (admission.kind === 'refused' && admission.code === ErrorCode.RATE_LIMITED)
            throw new GraphQLError(admission.message, {
              extensions: {
                code: admission.code,
                reason: admission.reason,
                limit: admission.limit,
                http: {
                  status: 429,
                  headers: new HeaderMap([['retry-after', String(admission.retryAfterSeconds ?? 60)]]),
                },
              },
            });
          if (admission.kind === 'refused') throw refusalError(admission, 403);
        },
      };
    },
  };
}
