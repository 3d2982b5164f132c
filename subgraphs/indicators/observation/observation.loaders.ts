import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ObservationRow } from './observation.type';

/** One period of one series. A null month selects the full-year value. */
export interface PeriodKey {
  code: string;
  year: number;
  month: number | null;
}

/**
 * Creates a DataLoader that fetches the observation of many (series, period)
 * keys in one statement per batch. A period without a value gives null.
 */
export function createValueLoader(
  dataSource: DataSource,
): DataLoader<PeriodKey, ObservationRow | null, string> {
  return new DataLoader<PeriodKey, ObservationRow | null, string>(
    async (keys) => {
      const rows = (await dataSource.query(
        `SELECT o.* FROM observation o
         JOIN unnest($1::text[], $2::int[], $3::int[]) AS k (code, year, month)
           ON o.indicator_code = k.code AND o.year = k.year AND o.month IS NOT DISTINCT FROM k.month`,
        [
          keys.map((k) => k.code),
          keys.map((k) => k.year),
          keys.map((k) => k.month),
        ],
      )) as ObservationRow[];
      const byKey = new Map(rows.map((row) => [periodKey(toKey(row)), row]));
      return keys.map((key) => byKey.get(periodKey(key)) ?? null);
    },
    { cacheKeyFn: periodKey },
  );
}

/**
 * Creates a DataLoader that fetches the latest observation of many series in
 * one statement per batch. Within a year, the full-year value counts as later
 * than any month. A series without values gives null.
 */
export function createLatestLoader(
  dataSource: DataSource,
): DataLoader<string, ObservationRow | null> {
  return new DataLoader<string, ObservationRow | null>(async (codes) => {
    const rows = (await dataSource.query(
      `SELECT DISTINCT ON (indicator_code) * FROM observation
       WHERE indicator_code = ANY($1)
       ORDER BY indicator_code, year DESC, month DESC NULLS FIRST`,
      [codes as string[]],
    )) as ObservationRow[];
    const byCode = new Map(rows.map((row) => [row.indicator_code, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  });
}

function toKey(row: ObservationRow): PeriodKey {
  return { code: row.indicator_code, year: row.year, month: row.month };
}

function periodKey(key: PeriodKey): string {
  return JSON.stringify([key.code, key.year, key.month]);
}
