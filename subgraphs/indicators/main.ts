import { runSubgraph } from '../kit/main';
import { createIndicatorsLoaders } from './loaders';
import { indicatorsMigrations } from './migrations';
import { buildIndicatorsSchema } from './schema';

void runSubgraph({
  name: 'indicators',
  defaultPort: 4006,
  entities: [],
  migrations: indicatorsMigrations,
  buildSchema: buildIndicatorsSchema,
  createLoaders: createIndicatorsLoaders,
});
