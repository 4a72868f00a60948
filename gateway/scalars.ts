import { isScalarType, Kind, type GraphQLSchema, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { inputError } from '../schema/errors';
import { SCALARS } from '../schema/scalars/identity.scalars';

const DATE_TIME = 'must be a date and time in ISO 8601 with its offset, such as 2026-12-31T23:59:59Z';

/**
 * DateTimeISO as the subgraphs read it (graphql-scalars, through type-graphql), checked at the gateway so that
 * a malformed date is BAD_USER_INPUT here, without quoting it, rather than an error in a subgraph. The value
 * goes on to the subgraph as sent.
 */
const DateTimeISO = {
  parseValue: (value: unknown) => {
    try {
      GraphQLDateTimeISO.parseValue(value);
    } catch {
      throw inputError(`DateTimeISO ${DATE_TIME}`);
    }
    return value;
  },
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw inputError(`DateTimeISO ${DATE_TIME}`);
    return DateTimeISO.parseValue(ast.value);
  },
  serialize: (value: unknown) => value,
};

/**
 * The gateway builds its API schema from the supergraph SDL, where custom scalars have no behaviour: any
 * value would pass to a subgraph. Attaching the shared NIK/KK/NPWP parsing and the date-time check here makes
 * the gateway reject a bad value itself, before planning, so no subgraph (and no database) is ever called for it.
 */
export function attachScalars(schema: GraphQLSchema): void {
  for (const [name, scalar] of Object.entries({ ...SCALARS, DateTimeISO })) {
    const type = schema.getType(name);
    if (!isScalarType(type)) continue;
    Object.assign(type, {
      parseValue: scalar.parseValue,
      parseLiteral: scalar.parseLiteral,
      serialize: scalar.serialize,
    });
  }
}
