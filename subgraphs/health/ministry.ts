import { BOUNDARY_FILES } from '../kit/geo/boundaries';
import type { MinistryIngestion } from '../kit/ingest/ministry';
import { healthDatasets } from './datasets';
import { ingestHealth } from './ingest';
import { healthMigrations } from './migrations';

/** The health subgraph's migrations, dataset descriptions and ingestion. */
export const healthIngestion: MinistryIngestion = {
  name: 'health',
  migrations: healthMigrations,
  datasets: healthDatasets,
  // Points and place names are matched against the COD-AB boundaries.
  requires: Object.values(BOUNDARY_FILES),
  ingest: ingestHealth,
};
