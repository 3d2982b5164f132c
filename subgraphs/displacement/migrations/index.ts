import { CreateDatasetLoad1764000000000 } from '../../kit/ingest/dataset';
import { CreateDisplacementTables1764000000500 } from './1764000000500-create-displacement-tables';

/** Displacement migrations in the order they apply. */
export const displacementMigrations = [
  CreateDatasetLoad1764000000000,
  CreateDisplacementTables1764000000500,
];
