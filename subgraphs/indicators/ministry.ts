import type { MinistryIngestion } from '../kit/ingest/ministry';
import { indicatorsDatasets } from './datasets';
import { ingestIndicators } from './ingest';
import { indicatorsMigrations } from './migrations';

/** Migrations, dataset descriptions and loader of the indicators subgraph's database. */
export const indicatorsIngestion: MinistryIngestion = {
  name: 'indicators',
  migrations: indicatorsMigrations,
  datasets: indicatorsDatasets,
  ingest: ingestIndicators,
};
