import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { Kind, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/** The Federation 2 spec version every subgraph links; composition and the gateway both support it. */
const FEDERATION_SPEC = 'https://specs.apollo.dev/federation/v2.7';

const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@composeDirective'];

/**
 * `@sensitive(scope:)` marks a field that releases personal data (scopes: schema/scopes.ts). It is a custom
 * directive exported with `@composeDirective`, so it reaches the supergraph; Federation's own `@requiresScopes`
 * and `@policy` would make the Node gateway refuse the supergraph.
 */
const SENSITIVE_SPEC = 'https://specs.citizen360.id/sensitive/v1.0';
const SENSITIVE_DEFINITION = 'directive @sensitive(scope: String!) on FIELD_DEFINITION';

/**
 * Descriptions of the root types, which type-graphql has no decorator for. Every subgraph gives the same ones, so
 * composition keeps them in the supergraph and its API schema.
 */
const ROOT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Query:
    'Entry points for reading. What a caller may read depends on their role and, for an officer, on the ' +
    'client and the purpose stated (x-purpose).',
  Mutation:
    'Entry points for changing data: consents, licence applications, and the clients, purposes, rules and ' +
    'settings stewards keep.',
};

/** The document with a description on each root type that has none. */
function describeRootTypes(document: DocumentNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      !definition.description &&
      ROOT_DESCRIPTIONS[definition.name.value]
        ? {
            ...definition,
            description: { kind: Kind.STRING, value: ROOT_DESCRIPTIONS[definition.name.value], block: true },
          }
        : definition,
    ),
  };
}

/**
 * Resolvers type-graphql cannot declare, merged by type name: `__resolveReference` for each `@key` entity. A
 * method, so that each entity's resolver declares the shape of its own reference (`{ nik: string }`, ...).
 */
export type ReferenceResolvers<Context> = Record<
  string,
  { __resolveReference(reference: unknown, context: Context): unknown }
>;

/**
 * type-graphql schema -> Apollo subgraph schema.
 *
 * type-graphql knows nothing of Federation, so the schema is built by type-graphql (with `@Directive('@key(...)')`
 * on entity types), printed *with* its directives (graphql's own printSchema drops them), prefixed with the
 * Federation `@link`, and rebuilt by `buildSubgraphSchema`, which adds `_service`, `_entities` and `_Any`.
 * Resolvers come from type-graphql's resolver map plus the reference resolvers it has no decorator for.
 */
export async function buildFederatedSchema<Context>(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  references: ReferenceResolvers<Context> = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true });
  const link = `extend schema @link(url: "${FEDERATION_SPEC}", import: ${JSON.stringify(FEDERATION_IMPORTS)})
    @link(url: "${SENSITIVE_SPEC}", import: ["@sensitive"])
    @composeDirective(name: "@sensitive")`;
  const typeDefs = describeRootTypes(
    parse(`${link}\n\n${SENSITIVE_DEFINITION}\n\n${printSchemaWithDirectives(schema)}`),
  );
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolver] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...resolver } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
