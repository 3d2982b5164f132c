import { runSubgraph } from '../kit/main';
import { createHealthLoaders } from './loaders';
import { healthMigrations } from './migrations';
import { buildHealthSchema } from './schema';

void runSubgraph({
  name: 'health',
  defaultPort: 4002,
  entities: [],
  migrations: healthMigrations,
  buildSchema: buildHealthSchema,
  createLoaders: createHealthLoaders,
});
