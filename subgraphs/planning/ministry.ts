import type { MinistryIngestion } from '../kit/ingest/ministry';
import { planningDatasets } from './datasets';
import { ingestPlanning } from './ingest';
import { planningMigrations } from './migrations';

/** Migrations, datasets and loader of the planning subgraph's database. */
export const planningIngestion: MinistryIngestion = {
  name: 'planning',
  migrations: planningMigrations,
  datasets: planningDatasets,
  ingest: ingestPlanning,
};
