import { isScalarType, type GraphQLSchema } from 'graphql';
import { SCALARS } from '../schema/scalars/identity.scalars';

/**
 * The gateway builds its API schema from the supergraph SDL, where custom scalars have no behaviour: any
 * value would pass to a subgraph. Attaching the shared NIK/KK parsing here makes the gateway reject a bad NIK
 * itself, before planning, so no subgraph (and no database) is ever called for it.
 */
export function attachScalars(schema: GraphQLSchema): void {
  for (const [name, scalar] of Object.entries(SCALARS)) {
    const type = schema.getType(name);
    if (!isScalarType(type)) continue;
    Object.assign(type, {
      parseValue: scalar.parseValue,
      parseLiteral: scalar.parseLiteral,
      serialize: scalar.serialize,
    });
  }
}
