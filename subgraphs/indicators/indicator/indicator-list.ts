import type { DataSource } from 'typeorm';
import type { Page, PageWindow } from '../../kit/graphql/connection';
import type { YearRange } from './indicator-arguments';
import type { IndicatorRow, IndicatorSource } from './indicator.type';

/** Validated filters of the `indicators` query. An absent filter matches every indicator. */
export interface IndicatorFilter {
  codes?: string[];
  topic?: string;
  source?: IndicatorSource;
  search?: string;
  years: YearRange;
}

/**
 * Selects one page of indicators matching `filter`, ordered by code in byte order. Costs
 * one SQL statement, or two when the page is past the end and the total
 * must be counted separately.
 */
export async function listIndicators(
  dataSource: DataSource,
  filter: IndicatorFilter,
  window: PageWindow,
): Promise<Page<IndicatorRow>> {
  const { where, params } = buildWhere(filter);
  const n = params.length;
  const rows = (await dataSource.query(
    `SELECT i.*, count(*) OVER () AS total FROM indicator i
     WHERE ${where} ORDER BY i.code COLLATE "C" OFFSET $${n + 1} LIMIT $${n + 2}`,
    [...params, window.offset, window.limit],
  )) as (IndicatorRow & { total: string })[];
  if (rows.length > 0) {
    return {
      items: rows,
      totalCount: Number(rows[0].total),
      offset: window.offset,
    };
  }
  const [count] = (await dataSource.query(
    `SELECT count(*) AS total FROM indicator i WHERE ${where}`,
    params,
  )) as { total: string }[];
  return { items: [], totalCount: Number(count.total), offset: window.offset };
}

function buildWhere(filter: IndicatorFilter): {
  where: string;
  params: unknown[];
} {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.codes)
    conditions.push(`i.code = ANY(${add(filter.codes)}::text[])`);
  if (filter.topic) conditions.push(`i.topic = ${add(filter.topic)}`);
  if (filter.source) conditions.push(`i.source = ${add(filter.source)}`);
  if (filter.search) {
    const pattern = add(`%${escapeLike(filter.search)}%`);
    conditions.push(
      `(i.code ILIKE ${pattern} OR i.name_en ILIKE ${pattern} OR i.name_ar ILIKE ${pattern})`,
    );
  }
  const { fromYear, toYear } = filter.years;
  if (fromYear !== null || toYear !== null) {
    const range: string[] = [];
    if (fromYear !== null) range.push(`o.year >= ${add(fromYear)}`);
    if (toYear !== null) range.push(`o.year <= ${add(toYear)}`);
    conditions.push(
      `EXISTS (SELECT 1 FROM observation o WHERE o.indicator_code = i.code AND ${range.join(' AND ')})`,
    );
  }
  return {
    where: conditions.length ? conditions.join(' AND ') : 'true',
    params,
  };
}

// ILIKE treats % and _ as wildcards; search text matches them literally.
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
