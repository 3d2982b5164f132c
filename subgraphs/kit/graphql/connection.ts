import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { badInput, quote } from '../errors';

/** Largest `first` a client may ask for in any list. */
export const MAX_PAGE_SIZE = 100;

/** Page size when a client does not send `first`. */
export const DEFAULT_PAGE_SIZE = 20;

@Directive('@shareable')
@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Number of items to return, from 0 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the item after which the page starts.',
  })
  after?: string;
}

/** A validated page request: skip `offset` items, then take `limit`. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/** One page of items and the total size of the list they come from. */
export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
}

/** The Relay connection object returned for a page. */
export interface ConnectionValue<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Validates `first` and `after` and turns them into an offset window.
 * Raises BAD_USER_INPUT naming the argument when either is invalid.
 */
export function pageWindow(args: PageArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(
      'first',
      `first: ${first} is out of range: ask for 0 to ${MAX_PAGE_SIZE} items and page with "after".`,
    );
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

/** Builds a Relay connection from a page of items. */
export function toConnection<T>(page: Page<T>): ConnectionValue<T> {
  const edges = page.items.map((node, i) => ({
    node,
    cursor: encodeCursor(page.offset + i),
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Encodes a 0-based position in a stably ordered list as an opaque cursor. */
export function encodeCursor(position: number): string {
  return Buffer.from(`v1:${position}`).toString('base64url');
}

/** Decodes a cursor from `encodeCursor`; raises BAD_USER_INPUT on anything else. */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^v1:(\d{1,9})$/.exec(text);
  if (!match) {
    throw badInput(
      'after',
      `after: ${quote(cursor)} is not a valid cursor: pass an endCursor or edge cursor returned by the same field.`,
    );
  }
  return Number(match[1]);
}

/**
 * Declares `<Name>Edge` and `<Name>Connection` object types for a node type.
 * Call it once per node type at module load.
 */
export function connectionType<T>(
  name: string,
  nodeType: new (...args: never[]) => T,
): new () => ConnectionValue<T> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => nodeType)
    node!: T;

    @Field({ description: 'Opaque cursor of this item, for `after`.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} items in a stable order.`,
  })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items in the whole list, across pages.' })
    totalCount!: number;
  }

  return Connection;
}
