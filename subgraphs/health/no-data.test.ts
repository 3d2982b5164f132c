import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../test/support/database';
import { executeCounted } from '../../test/support/graphql';
import { openDataSource } from '../kit/db/data-source';
import { createLogger } from '../kit/logger';
import { createHealthLoaders } from './loaders';
import { healthMigrations } from './migrations';
import { buildHealthSchema } from './schema';

describe('health subgraph before any load', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('health_empty');
    dataSource = await openDataSource({
      name: 'health',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: healthMigrations,
      logger: createLogger('test', 'silent'),
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('says no data instead of zero facilities', async () => {
    const schema = await buildHealthSchema();

    const { data, errors } = await executeCounted(
      schema,
      dataSource,
      createHealthLoaders,
      `{ _entities(representations: [{ __typename: "Governorate", code: "IQ-BA" }]) {
          ... on Governorate { healthFacilities { totalCount } } } }`,
    );

    expect(data).toEqual({ _entities: [{ healthFacilities: null }] });
    expect(errors?.[0].extensions?.code).toBe('NO_DATA');
  });
});
