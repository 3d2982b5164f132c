import { runSubgraph } from '../kit/main';
import { planningDatasets } from './datasets';
import { createPlanningLoaders } from './loaders';
import { planningMigrations } from './migrations';
import { buildPlanningSchema } from './schema';

void runSubgraph({
  name: 'planning',
  defaultPort: 4001,
  entities: [],
  datasets: planningDatasets,
  migrations: planningMigrations,
  buildSchema: buildPlanningSchema,
  createLoaders: createPlanningLoaders,
});
