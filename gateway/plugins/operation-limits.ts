import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { ErrorCode } from '../../schema/errors';
import type { GatewayContext } from '../context';
import { fragmentsOf } from '../operation-document';

export interface OperationLimits {
  /** Deepest field nesting, root fields counting 1. Default 12 (the Citizen 360 query needs 7). */
  maxDepth: number;
  /** Aliased fields in one operation. Default 30 (an officer may read a few dozen profiles at once). */
  maxAliases: number;
  /** Fields at the root of one operation. Default 30. */
  maxRootFields: number;
  /** Items in any one list argument, inline or in variables. Default 100. */
  maxListItems: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 30,
  maxListItems: 100,
};

/** Too long a list is bad input (BAD_USER_INPUT); the other limits are about the operation's shape. */
function refuse(limit: keyof OperationLimits, message: string): GraphQLError {
  const code = limit === 'maxListItems' ? ErrorCode.BAD_USER_INPUT : ErrorCode.OPERATION_LIMIT_EXCEEDED;
  return new GraphQLError(message, { extensions: { code, limit, http: { status: 400 } } });
}

interface Measure {
  depth: number;
  aliases: number;
  longestList: number;
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  level: number,
  seen: Set<string>,
  into: Measure,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      into.depth = Math.max(into.depth, level);
      if (selection.alias) into.aliases += 1;
      for (const argument of selection.arguments ?? [])
        into.longestList = Math.max(into.longestList, listLength(argument.value, variables));
      if (selection.selectionSet) measure(selection.selectionSet, fragments, variables, level + 1, seen, into);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, fragments, variables, level, seen, into);
    } else {
      const fragment = fragments[selection.name.value];
      // Each fragment is counted where it is spread; validation has already refused cycles.
      if (fragment) measure(fragment.selectionSet, fragments, variables, level, seen, into);
    }
  }
}

function listLength(value: ValueNode, variables: Record<string, unknown>): number {
  if (value.kind === Kind.LIST)
    return Math.max(value.values.length, ...value.values.map((v) => listLength(v, variables)));
  if (value.kind === Kind.OBJECT) return Math.max(0, ...value.fields.map((f) => listLength(f.value, variables)));
  if (value.kind === Kind.VARIABLE) {
    const bound = variables[value.name.value];
    return Array.isArray(bound) ? bound.length : 0;
  }
  return 0;
}

function rootFieldCount(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): number {
  return selectionSet.selections.reduce((count, selection) => {
    if (selection.kind === Kind.FIELD) return count + (selection.name.value === '__typename' ? 0 : 1);
    if (selection.kind === Kind.INLINE_FRAGMENT) return count + rootFieldCount(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return count + (fragment ? rootFieldCount(fragment.selectionSet, fragments) : 0);
  }, 0);
}

/**
 * Refuses operations larger than a person-facing query needs, before any query plan runs: too deep, too many
 * aliases or root fields (HTTP 400, `extensions.code = "OPERATION_LIMIT_EXCEEDED"`), or a list argument too long
 * (HTTP 400, BAD_USER_INPUT); `extensions.limit` names the limit. (The token count is
 * limited at parse time, batched HTTP requests are off, and CSRF prevention is on: see gateway/server.ts.)
 * Fires: didResolveOperation.
 */
export function operationLimitsPlugin(
  limits: OperationLimits = DEFAULT_OPERATION_LIMITS,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const roots = rootFieldCount(operation.selectionSet, fragments);
          if (roots > limits.maxRootFields)
            throw refuse(
              'maxRootFields',
              `the operation has ${roots} root fields; at most ${limits.maxRootFields} are allowed`,
            );
          const found: Measure = { depth: 0, aliases: 0, longestList: 0 };
          measure(operation.selectionSet, fragments, request.variables ?? {}, 1, new Set(), found);
          if (found.depth > limits.maxDepth)
            throw refuse(
              'maxDepth',
              `the operation is ${found.depth} levels deep; at most ${limits.maxDepth} are allowed`,
            );
          if (found.aliases > limits.maxAliases)
            throw refuse(
              'maxAliases',
              `the operation has ${found.aliases} aliases; at most ${limits.maxAliases} are allowed`,
            );
          if (found.longestList > limits.maxListItems)
            throw refuse(
              'maxListItems',
              `a list argument has ${found.longestList} items; at most ${limits.maxListItems} are allowed`,
            );
        },
      };
    },
  };
}
