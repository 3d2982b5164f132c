import { CreateDatasetLoad1764000000000 } from '../../kit/ingest/dataset';
import { CreateEducationTables1764000000400 } from './1764000000400-create-education-tables';

/** Education migrations in the order they apply. */
export const educationMigrations = [
  CreateDatasetLoad1764000000000,
  CreateEducationTables1764000000400,
];
