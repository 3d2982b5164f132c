import { runSubgraph } from '../kit/main';
import { createCatalogLoaders } from './loaders';
import { catalogMigrations } from './migrations';
import { buildCatalogSchema } from './schema';

void runSubgraph({
  name: 'catalog',
  defaultPort: 4003,
  entities: [],
  datasets: [],
  migrations: catalogMigrations,
  buildSchema: buildCatalogSchema,
  createLoaders: createCatalogLoaders,
});
