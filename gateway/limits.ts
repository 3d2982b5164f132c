import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Rejects operations nested deeper than `maxDepth` fields before they are
 * planned, with code QUERY_TOO_DEEP.
 */
export function depthLimitPlugin(maxDepth: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          const depth = documentDepth(document);
          if (depth > maxDepth) {
            throw new GraphQLError(
              `Query depth ${depth} exceeds the maximum of ${maxDepth}: split the query or select fewer nested fields.`,
              { extensions: { code: 'QUERY_TOO_DEEP', maxDepth, depth } },
            );
          }
        },
      };
    },
  };
}

/** Depth of the deepest field path in a document, following fragments. */
export function documentDepth(document: DocumentNode): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition.selectionSet);
    }
  }
  const measure = (set: SelectionSetNode, seen: Set<string>): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet
          ? measure(selection.selectionSet, seen)
          : 0;
        deepest = Math.max(deepest, 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, measure(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) {
          deepest = Math.max(
            deepest,
            measure(fragment, new Set([...seen, name])),
          );
        }
      }
    }
    return deepest;
  };
  let max = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      max = Math.max(max, measure(definition.selectionSet, new Set()));
    }
  }
  return max;
}
