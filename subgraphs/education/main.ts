import { runSubgraph } from '../kit/main';
import { educationDatasets } from './datasets';
import { createEducationLoaders } from './loaders';
import { educationMigrations } from './migrations';
import { buildEducationSchema } from './schema';

void runSubgraph({
  name: 'education',
  defaultPort: 4004,
  entities: [],
  datasets: educationDatasets,
  migrations: educationMigrations,
  buildSchema: buildEducationSchema,
  createLoaders: createEducationLoaders,
});
