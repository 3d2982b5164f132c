import { CreateDatasetLoad1764000000000 } from '../../kit/ingest/dataset';
import { CreateIndicatorTables1764000000600 } from './1764000000600-create-indicator-tables';

/** Indicators migrations in the order they apply. */
export const indicatorsMigrations = [
  CreateDatasetLoad1764000000000,
  CreateIndicatorTables1764000000600,
];
