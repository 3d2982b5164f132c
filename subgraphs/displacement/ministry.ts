import { BOUNDARY_FILES } from '../kit/geo/boundaries';
import type { MinistryIngestion } from '../kit/ingest/ministry';
import { displacementDatasets } from './datasets';
import { ingestDisplacement } from './ingest';
import { displacementMigrations } from './migrations';

/** Migrations, dataset metadata and loader of the displacement subgraph's database. */
export const displacementIngestion: MinistryIngestion = {
  name: 'displacement',
  migrations: displacementMigrations,
  datasets: displacementDatasets,
  // Points and place names are matched against the COD-AB boundaries.
  requires: Object.values(BOUNDARY_FILES),
  ingest: ingestDisplacement,
};
