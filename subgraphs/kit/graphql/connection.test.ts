import { GraphQLError } from 'graphql';
import {
  MAX_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageWindow,
  toConnection,
} from './connection';

describe('pageWindow', () => {
  it('defaults to the first 20 items', () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
  });

  it('starts after the cursor', () => {
    expect(pageWindow({ first: 5, after: encodeCursor(9) })).toEqual({
      offset: 10,
      limit: 5,
    });
  });

  it.each([-1, MAX_PAGE_SIZE + 1, 2.5])('rejects first: %p', (first) => {
    const call = () => pageWindow({ first });

    expect(call).toThrow(GraphQLError);
    try {
      call();
    } catch (error) {
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      expect((error as GraphQLError).extensions.argument).toBe('first');
    }
  });

  it('rejects a cursor it did not issue', () => {
    expect(() => decodeCursor('bm90LWEtY3Vyc29y')).toThrow(
      /is not a valid cursor/,
    );
  });
});

describe('toConnection', () => {
  it('reports the next page when items remain', () => {
    const connection = toConnection({
      items: ['a', 'b'],
      totalCount: 5,
      offset: 2,
    });

    expect(connection.totalCount).toBe(5);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.pageInfo.hasPreviousPage).toBe(true);
    expect(decodeCursor(connection.pageInfo.endCursor!)).toBe(3);
  });

  it('gives null cursors for an empty page', () => {
    const connection = toConnection({ items: [], totalCount: 0, offset: 0 });

    expect(connection.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
