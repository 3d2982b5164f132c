import { runSubgraph } from '../kit/main';
import { displacementDatasets } from './datasets';
import { createDisplacementLoaders } from './loaders';
import { displacementMigrations } from './migrations';
import { buildDisplacementSchema } from './schema';

void runSubgraph({
  name: 'displacement',
  defaultPort: 4005,
  entities: [],
  datasets: displacementDatasets,
  migrations: displacementMigrations,
  buildSchema: buildDisplacementSchema,
  createLoaders: createDisplacementLoaders,
});
