import type { DataSource } from 'typeorm';
import { createPagedLoader } from '../kit/db/paged-loader';
import { createRowLoader } from '../kit/db/row-loader';
import type { SubgraphContext } from '../kit/graphql/context';
import type { IndicatorRow } from './indicator/indicator.type';
import {
  createLatestLoader,
  createValueLoader,
} from './observation/observation.loaders';
import type { ObservationRow } from './observation/observation.type';

/** Creates the indicators subgraph's DataLoaders for one request. */
export function createIndicatorsLoaders(dataSource: DataSource) {
  return {
    indicator: createRowLoader<IndicatorRow>(dataSource, 'indicator', 'code'),
    // Filters are [fromYear, toYear], each null when that side is open. The range is part of the batch key.
    observations: createPagedLoader<ObservationRow>(dataSource, {
      from: 'observation',
      parentColumn: 'indicator_code',
      orderBy: 't.year, t.month NULLS LAST',
      where:
        '($2::int IS NULL OR t.year >= $2::int) AND ($3::int IS NULL OR t.year <= $3::int)',
    }),
    value: createValueLoader(dataSource),
    latest: createLatestLoader(dataSource),
  };
}

export type IndicatorsLoaders = ReturnType<typeof createIndicatorsLoaders>;

export type IndicatorsContext = SubgraphContext<IndicatorsLoaders>;
