import {
  Kind,
  getNamedType,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { MAX_PAGE_SIZE } from './connection';

/** Fields of a connection that need no rows to resolve. */
const COUNT_FIELDS = new Set(['totalCount', '__typename']);

/**
 * Sets `first: 0` on connection fields whose selection requests only
 * `totalCount`, so loaders count rows instead of fetching a page that no
 * field selects. The cross-ministry queries select `{ totalCount }` for
 * every governorate, which makes this the common case.
 */
export const countOnlyMiddleware: MiddlewareFn = async (
  { args, info },
  next,
) => {
  const page = args as { first?: number | null };
  if (
    isConnection(info) &&
    hasFirstArgument(info) &&
    isValidFirst(page.first) &&
    selectsOnlyCount(info)
  ) {
    page.first = 0;
  }
  return next();
};

// An invalid `first` is left alone so that the resolver still rejects it.
function isValidFirst(first: number | null | undefined): boolean {
  return (
    first === undefined ||
    first === null ||
    (Number.isInteger(first) && first >= 0 && first <= MAX_PAGE_SIZE)
  );
}

function isConnection(info: GraphQLResolveInfo): boolean {
  return getNamedType(info.returnType).name.endsWith('Connection');
}

function hasFirstArgument(info: GraphQLResolveInfo): boolean {
  const field = info.parentType.getFields()[info.fieldName];
  return field.args.some((argument) => argument.name === 'first');
}

function selectsOnlyCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every(
    (node) =>
      node.selectionSet !== undefined &&
      onlyCount(node.selectionSet, info.fragments),
  );
}

function onlyCount(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD)
      return COUNT_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return onlyCount(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return (
      fragment !== undefined && onlyCount(fragment.selectionSet, fragments)
    );
  });
}
