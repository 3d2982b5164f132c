import { runSubgraph } from '../kit/main';
import { healthDatasets } from './datasets';
import { createHealthLoaders } from './loaders';
import { healthMigrations } from './migrations';
import { buildHealthSchema } from './schema';

void runSubgraph({
  name: 'health',
  defaultPort: 4002,
  entities: [],
  datasets: healthDatasets,
  migrations: healthMigrations,
  buildSchema: buildHealthSchema,
  createLoaders: createHealthLoaders,
});
