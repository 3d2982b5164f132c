import type { MinistryIngestion } from '../kit/ingest/ministry';
import { registerPublished } from './ingest';
import { catalogMigrations } from './migrations';

/** The catalog loads no files of its own: it registers what the ministries loaded. */
export const catalogIngestion: MinistryIngestion = {
  name: 'catalog',
  migrations: catalogMigrations,
  datasets: [],
  ingest: registerPublished,
};
