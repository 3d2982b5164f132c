import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

const measuredDocuments = new WeakMap<
  DocumentNode,
  { depth: number; costWithoutVariables: number }
>();

/** Page size assumed for a connection whose `first` is not given, as in every subgraph. */
const DEFAULT_PAGE_SIZE = 20;

/**
 * Rejects, before planning and with HTTP 400, operations nested deeper than
 * `maxDepth` fields (QUERY_TOO_DEEP) or whose estimated cost exceeds
 * `maxCost` (QUERY_TOO_COSTLY). See `documentCost` for the estimate.
 */
export function queryLimitsPlugin(
  maxDepth: number,
  maxCost: number,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          // Apollo reuses one parsed document per query text, so the walks
          // below run once per distinct query, and again only when
          // variables can change the page sizes.
          let measured = measuredDocuments.get(document);
          if (!measured) {
            measured = {
              depth: documentDepth(document),
              costWithoutVariables: documentCost(document, {}),
            };
            measuredDocuments.set(document, measured);
          }
          const depth = measured.depth;
          if (depth > maxDepth) {
            throw limitError(
              `Query depth ${depth} exceeds the maximum of ${maxDepth}: split the query or select fewer nested fields.`,
              { code: 'QUERY_TOO_DEEP', maxDepth, depth },
            );
          }
          const variables = request.variables ?? {};
          const cost =
            Object.keys(variables).length === 0
              ? measured.costWithoutVariables
              : documentCost(document, variables);
          if (cost > maxCost) {
            throw limitError(
              `Query cost ${cost} exceeds the maximum of ${maxCost}: ask for smaller pages (first), fewer aliases or fewer nested lists.`,
              { code: 'QUERY_TOO_COSTLY', maxCost, cost },
            );
          }
        },
      };
    },
  };
}

/**
 * Estimates how many fields an operation can resolve: each field counts
 * once per item of every page above it, and a field with a `first`
 * argument (or that selects `edges`) multiplies what is below it by its
 * page size, 20 when `first` is absent. Aliases count separately.
 */
export function documentCost(
  document: DocumentNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition.selectionSet);
    }
  }
  const measure = (
    set: SelectionSetNode,
    multiplier: number,
    seen: Set<string>,
  ): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += multiplier;
        if (selection.selectionSet) {
          const page = pageSize(selection, variables);
          cost += measure(selection.selectionSet, multiplier * page, seen);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += measure(selection.selectionSet, multiplier, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) {
          cost += measure(fragment, multiplier, new Set([...seen, name]));
        }
      }
    }
    return cost;
  };
  let max = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      max = Math.max(max, measure(definition.selectionSet, 1, new Set()));
    }
  }
  return max;
}

function pageSize(
  field: FieldNode,
  variables: Record<string, unknown>,
): number {
  const first = field.arguments?.find((a) => a.name.value === 'first');
  if (first) {
    const value = literalNumber(first.value, variables);
    return value !== undefined && value >= 0 ? value : DEFAULT_PAGE_SIZE;
  }
  const selectsEdges = field.selectionSet?.selections.some(
    (s) => s.kind === Kind.FIELD && s.name.value === 'edges',
  );
  return selectsEdges ? DEFAULT_PAGE_SIZE : 1;
}

function literalNumber(
  value: ValueNode,
  variables: Record<string, unknown>,
): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

function limitError(
  message: string,
  extensions: Record<string, unknown>,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { ...extensions, http: { status: 400 } },
  });
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
