import type { MinistryIngestion } from '../kit/ingest/ministry';
import { planningDatasets } from './datasets';
import { ingestPlanning } from './ingest';
import { planningMigrations } from './migrations';

/** How the planning subgraph's database is migrated and loaded. */
export const planningIngestion: MinistryIngestion = {
  name: 'planning',
  migrations: planningMigrations,
  datasets: planningDatasets,
  ingest: ingestPlanning,
};
