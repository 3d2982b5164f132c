import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../../kit/ingest/bulk';
import type { WriteSummary } from '../../kit/ingest/dataset';

/** Publisher of an indicator series, as the `indicator.source` column stores it. */
export type IndicatorSourceCode = 'WDI' | 'CBI';

/** How often a series is observed, as the `indicator.frequency` column stores it. */
export type IndicatorFrequencyCode = 'ANNUAL' | 'MONTHLY';

/** One value of a series, ready to store. */
export interface ObservationRecord {
  year: number;
  /** Absent for a full-year value. */
  month?: number;
  value: number;
  raw: string;
}

/** One series with its values, ready to store. */
export interface IndicatorRecord {
  code: string;
  source: IndicatorSourceCode;
  nameEn?: string;
  nameAr?: string;
  unit?: string;
  topic?: string;
  description?: string;
  sourceOrganization?: string;
  frequency: IndicatorFrequencyCode;
  observations: ObservationRecord[];
}

const INDICATOR_COLUMNS = [
  'code',
  'source',
  'dataset_id',
  'name_en',
  'name_ar',
  'unit',
  'topic',
  'description',
  'source_organization',
  'frequency',
];

const OBSERVATION_COLUMNS = ['indicator_code', 'year', 'month', 'value', 'raw'];

/**
 * Replaces the series of one dataset with `indicators` inside the manager's
 * transaction. Returns a summary whose `rowCount` is the number of
 * observations, whose coverage is every governorate, and whose period bounds are `YYYY` for a full-year value and
 * `YYYY-MM` for a monthly or year-to-date one.
 */
export async function replaceIndicators(
  manager: EntityManager,
  datasetId: string,
  indicators: IndicatorRecord[],
  details: Record<string, unknown>,
): Promise<WriteSummary> {
  await manager.query(
    'DELETE FROM observation WHERE indicator_code IN (SELECT code FROM indicator WHERE dataset_id = $1)',
    [datasetId],
  );
  await manager.query('DELETE FROM indicator WHERE dataset_id = $1', [
    datasetId,
  ]);
  await bulkInsert(
    manager,
    'indicator',
    INDICATOR_COLUMNS,
    indicators.map((i) => [
      i.code,
      i.source,
      datasetId,
      i.nameEn ?? null,
      i.nameAr ?? null,
      i.unit ?? null,
      i.topic ?? null,
      i.description ?? null,
      i.sourceOrganization ?? null,
      i.frequency,
    ]),
  );
  const observations = indicators.flatMap((i) =>
    i.observations.map((o) => [
      i.code,
      o.year,
      o.month ?? null,
      o.value,
      o.raw,
    ]),
  );
  const rowCount = await bulkInsert(
    manager,
    'observation',
    OBSERVATION_COLUMNS,
    observations,
  );

  const periods = indicators
    .flatMap((i) => i.observations)
    .sort((a, b) => a.year - b.year || (a.month ?? 13) - (b.month ?? 13));
  const first = periods[0];
  const last = periods.at(-1);
  return {
    rowCount,
    // `IQ` (ISO 3166-1) marks national figures that no single governorate owns.
    spatialCoverage: ['IQ'],
    temporalStart: first ? periodLabel(first) : null,
    temporalEnd: last ? periodLabel(last) : null,
    details: {
      level: 'national',
      indicators: indicators.length,
      indicatorsWithoutValues: indicators.filter(
        (i) => i.observations.length === 0,
      ).length,
      observations: rowCount,
      ...details,
    },
  };
}

function periodLabel(observation: ObservationRecord): string {
  if (observation.month === undefined) return String(observation.year);
  return `${observation.year}-${String(observation.month).padStart(2, '0')}`;
}
