import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getVariableValues } from 'graphql';
import { ErrorCode, originalInputError } from '../../schema/errors';
import type { GatewayContext } from '../context';

/**
 * Coerces the operation's variables against the gateway schema (with the shared scalars attached) once the
 * operation is resolved and before any query plan runs. @apollo/gateway checks variables too, but answers
 * with HTTP 200; a client that sent a malformed NIK should get 400 and BAD_USER_INPUT, as for an inline value.
 * Fires: didResolveOperation, after parsing and validation, before execution.
 */
export function variableValidationPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, request }) {
          const definitions = operation?.variableDefinitions ?? [];
          if (definitions.length === 0) return;
          const { errors } = getVariableValues(schema, definitions, request.variables ?? {}, { maxErrors: 1 });
          if (!errors?.length) return;
          const [first] = errors;
          throw new GraphQLError(first.message, {
            nodes: first.nodes,
            originalError: originalInputError(first) ?? first,
            extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
          });
        },
      };
    },
  };
}
