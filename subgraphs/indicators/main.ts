import { runSubgraph } from '../kit/main';
import { indicatorsDatasets } from './datasets';
import { createIndicatorsLoaders } from './loaders';
import { indicatorsMigrations } from './migrations';
import { buildIndicatorsSchema } from './schema';

void runSubgraph({
  name: 'indicators',
  defaultPort: 4006,
  entities: [],
  datasets: indicatorsDatasets,
  migrations: indicatorsMigrations,
  buildSchema: buildIndicatorsSchema,
  createLoaders: createIndicatorsLoaders,
});
