import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  pageWindow,
  toConnection,
  type ConnectionValue,
  type Page,
  type PageArgs,
  type PageWindow,
} from '../graphql/connection';

/** One request for a page of child rows of one parent. */
export interface PagedKey {
  parent: string;
  window: PageWindow;
  /** Extra filter values, in the order of `$2`, `$3`… in `where`; part of the batch key. */
  filters?: readonly (string | number | null)[];
}

/** How to select child rows of many parents in one statement. */
export interface PagedQuery {
  /** Table or subquery with alias `t`. */
  from: string;
  /** Column of `t` holding the parent key. */
  parentColumn: string;
  /** Stable, unique ORDER BY within one parent, such as `t.name_en, t.id`. */
  orderBy: string;
  /** Extra SQL condition on `t` using `$2`, `$3`… for `filters`. */
  where?: string;
}

/**
 * Creates a DataLoader that returns one page of child rows per parent. Keys
 * with the same window and filters are resolved by a single SQL statement
 * with window functions, so a list of N parents costs one query, not N.
 */
export function createPagedLoader<Row>(
  dataSource: DataSource,
  spec: PagedQuery,
): DataLoader<PagedKey, Page<Row>, string> {
  return new DataLoader<PagedKey, Page<Row>, string>(
    async (keys) => {
      const groups = new Map<string, PagedKey[]>();
      for (const key of keys) {
        const groupKey = JSON.stringify([key.window, key.filters ?? []]);
        const group = groups.get(groupKey) ?? [];
        group.push(key);
        groups.set(groupKey, group);
      }
      const pages = new Map<string, Page<Row>>();
      for (const group of groups.values()) {
        await loadGroup<Row>(dataSource, spec, group, pages);
      }
      return keys.map((key) => pages.get(cacheKey(key)) ?? emptyPage(key));
    },
    { cacheKeyFn: cacheKey },
  );
}

async function loadGroup<Row>(
  dataSource: DataSource,
  spec: PagedQuery,
  group: PagedKey[],
  pages: Map<string, Page<Row>>,
): Promise<void> {
  const { window, filters = [] } = group[0];
  const parents = [...new Set(group.map((key) => key.parent))];
  if (window.limit === 0) {
    await countGroup(dataSource, spec, group, parents, pages);
    return;
  }
  const n = filters.length;
  const sql = `SELECT * FROM (
      SELECT t.*, t.${spec.parentColumn} AS page_parent,
        count(*) OVER (PARTITION BY t.${spec.parentColumn}) AS page_total,
        row_number() OVER (PARTITION BY t.${spec.parentColumn} ORDER BY ${spec.orderBy}) AS page_position
      FROM ${spec.from} t
      WHERE t.${spec.parentColumn} = ANY($1)${spec.where ? ` AND (${spec.where})` : ''}
    ) s
    WHERE page_position > $${n + 2} AND page_position <= $${n + 3}
    ORDER BY page_parent, page_position`;
  const rows = (await dataSource.query(sql, [
    parents,
    ...filters,
    window.offset,
    window.offset + window.limit,
  ])) as (Row & { page_parent: string; page_total: string })[];
  const byParent = new Map<string, Page<Row>>();
  for (const row of rows) {
    const page = byParent.get(row.page_parent) ?? {
      items: [],
      totalCount: Number(row.page_total),
      offset: window.offset,
    };
    page.items.push(row);
    byParent.set(row.page_parent, page);
  }
  // A page past the end has no rows to carry the total, so count those parents.
  const needTotals = parents.filter((p) => !byParent.has(p));
  if (needTotals.length > 0 && window.offset > 0) {
    const counted = await countParents(dataSource, spec, needTotals, filters);
    for (const [parent, total] of counted) {
      byParent.set(parent, {
        items: [],
        totalCount: total,
        offset: window.offset,
      });
    }
  }
  for (const key of group) {
    const page = byParent.get(key.parent);
    if (page) pages.set(cacheKey(key), page);
  }
}

async function countGroup<Row>(
  dataSource: DataSource,
  spec: PagedQuery,
  group: PagedKey[],
  parents: string[],
  pages: Map<string, Page<Row>>,
): Promise<void> {
  const { window, filters = [] } = group[0];
  const counted = await countParents(dataSource, spec, parents, filters);
  for (const key of group) {
    pages.set(cacheKey(key), {
      items: [],
      totalCount: counted.get(key.parent) ?? 0,
      offset: window.offset,
    });
  }
}

async function countParents(
  dataSource: DataSource,
  spec: PagedQuery,
  parents: string[],
  filters: readonly (string | number | null)[],
): Promise<Map<string, number>> {
  const rows = (await dataSource.query(
    `SELECT t.${spec.parentColumn} AS parent, count(*) AS total FROM ${spec.from} t
     WHERE t.${spec.parentColumn} = ANY($1)${spec.where ? ` AND (${spec.where})` : ''}
     GROUP BY 1`,
    [parents, ...filters],
  )) as { parent: string; total: string }[];
  return new Map(rows.map((r) => [r.parent, Number(r.total)]));
}

function cacheKey(key: PagedKey): string {
  return JSON.stringify([key.parent, key.window, key.filters ?? []]);
}

function emptyPage<Row>(key: PagedKey): Page<Row> {
  return { items: [], totalCount: 0, offset: key.window.offset };
}

/**
 * Loads one parent's page through a paged loader and maps its rows to a
 * Relay connection of `toNode(row)`.
 */
export async function loadConnection<Row, Node>(
  loader: DataLoader<PagedKey, Page<Row>, string>,
  parent: string,
  page: PageArgs,
  toNode: (row: Row) => Node,
  filters?: PagedKey['filters'],
): Promise<ConnectionValue<Node>> {
  const result = await loader.load({
    parent,
    window: pageWindow(page),
    filters,
  });
  return toConnection({ ...result, items: result.items.map(toNode) });
}
