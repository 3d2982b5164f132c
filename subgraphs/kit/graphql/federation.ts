import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { countOnlyMiddleware } from './count-only';
import {
  buildSchema,
  createResolversMap,
  type BuildSchemaOptions,
} from 'type-graphql';

/** Federation 2 version and directives every subgraph links. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

/** Input of `buildFederatedSchema`. */
export interface FederatedSchemaOptions {
  /** Resolver classes of this subgraph. */
  resolvers: BuildSchemaOptions['resolvers'];
  /** Types reachable only through entities, such as stubs of other subgraphs' keys. */
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` functions keyed by entity type name. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes.
 *
 * type-graphql keeps `@key` and other directives on its AST nodes, which
 * `printSubgraphSchema` cannot read from a built schema. So the schema is
 * printed with its directives, given the federation `@link` header, and
 * rebuilt by `buildSubgraphSchema` with type-graphql's resolvers attached.
 */
export async function buildFederatedSchema(
  options: FederatedSchemaOptions,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    validate: false,
    skipCheck: true,
    globalMiddlewares: [countOnlyMiddleware],
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`;
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(
    options.referenceResolvers ?? {},
  )) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      ...(resolveReference as object),
    };
  }
  return buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
}

/** Prints a subgraph's SDL as composition reads it, with federation directives. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema).trim() + '\n';
}
