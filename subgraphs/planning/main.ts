import { runSubgraph } from '../kit/main';
import { createPlanningLoaders } from './loaders';
import { planningMigrations } from './migrations';
import { buildPlanningSchema } from './schema';

void runSubgraph({
  name: 'planning',
  defaultPort: 4001,
  entities: [],
  migrations: planningMigrations,
  buildSchema: buildPlanningSchema,
  createLoaders: createPlanningLoaders,
});
