import { CreateDatasetLoad1764000000000 } from '../../kit/ingest/dataset';
import { CreateHealthTables1764000000200 } from './1764000000200-create-health-tables';

/** Health migrations in the order they apply. */
export const healthMigrations = [
  CreateDatasetLoad1764000000000,
  CreateHealthTables1764000000200,
];
