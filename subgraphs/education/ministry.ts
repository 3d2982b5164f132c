import { BOUNDARY_FILES } from '../kit/geo/boundaries';
import type { MinistryIngestion } from '../kit/ingest/ministry';
import { educationDatasets } from './datasets';
import { ingestEducation } from './ingest';
import { educationMigrations } from './migrations';

/** Migrations, datasets and loader of the education subgraph's database. */
export const educationIngestion: MinistryIngestion = {
  name: 'education',
  migrations: educationMigrations,
  datasets: educationDatasets,
  // Points and place names are matched against the COD-AB boundaries.
  requires: Object.values(BOUNDARY_FILES),
  ingest: ingestEducation,
};
