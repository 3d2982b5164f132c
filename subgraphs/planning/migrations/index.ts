import { CreateDatasetLoad1764000000000 } from '../../kit/ingest/dataset';
import { CreatePlanningTables1764000000100 } from './1764000000100-create-planning-tables';

/** Planning migrations in the order they apply. */
export const planningMigrations = [
  CreateDatasetLoad1764000000000,
  CreatePlanningTables1764000000100,
];
