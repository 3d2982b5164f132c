import { CreateDatasetLoad1764000000000 } from '../../kit/ingest/dataset';
import { CreateCatalogTables1764000000300 } from './1764000000300-create-catalog-tables';

/** Catalog migrations in the order they apply. */
export const catalogMigrations = [
  CreateDatasetLoad1764000000000,
  CreateCatalogTables1764000000300,
];
