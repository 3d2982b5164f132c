import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/**
 * Creates a DataLoader that fetches rows by a unique column in one
 * statement per batch (`WHERE column = ANY($1)`); missing keys give null.
 */
export function createRowLoader<Row>(
  dataSource: DataSource,
  table: string,
  column: string,
): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (keys) => {
    const rows = (await dataSource.query(
      `SELECT * FROM ${table} WHERE ${column} = ANY($1)`,
      [keys as string[]],
    )) as (Row & Record<string, unknown>)[];
    const byKey = new Map(rows.map((row) => [String(row[column]), row as Row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * Creates a DataLoader that fetches all rows of many parents in one
 * statement per batch, ordered by `orderBy`.
 */
export function createGroupLoader<Row>(
  dataSource: DataSource,
  table: string,
  column: string,
  orderBy: string,
): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(async (keys) => {
    const rows = (await dataSource.query(
      `SELECT * FROM ${table} WHERE ${column} = ANY($1) ORDER BY ${orderBy}`,
      [keys as string[]],
    )) as (Row & Record<string, unknown>)[];
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const key = String(row[column]);
      groups.set(key, [...(groups.get(key) ?? []), row as Row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
