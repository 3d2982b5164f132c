import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../test/support/database';
import { executeCounted } from '../../../test/support/graphql';
import { openDataSource } from '../../kit/db/data-source';
import { createLogger } from '../../kit/logger';
import { createHealthLoaders } from '../loaders';
import { healthIngestion } from '../ministry';
import { buildHealthSchema } from '../schema';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('health facility queries', () => {
  const logger = createLogger('test', 'silent');
  let database: TestDatabase;
  let dataSource: DataSource;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    database = await createTestDatabase('health_facility');
    dataSource = await openDataSource({
      name: 'health',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: healthIngestion.migrations,
      logger,
    });
    await healthIngestion.ingest(
      dataSource,
      { dataDir: dataDir as string, published: [] },
      logger,
    );
    schema = await buildHealthSchema();
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  function run(query: string, variables: Record<string, unknown> = {}) {
    return executeCounted(
      schema,
      dataSource,
      createHealthLoaders,
      query,
      variables,
    );
  }

  test('healthFacility returns healthsites fields', async () => {
    const result = await run(`{
      healthFacility(id: "healthsites:29c6b4ad93f54df6b1d2880358990963") {
        id name(lang: AR) kind source datasetId
        location { longitude latitude }
        governorate { code } district { pcode } subDistrictPcode
        lastModified completeness confidence osmId sourceLine
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.healthFacility).toEqual({
      id: 'healthsites:29c6b4ad93f54df6b1d2880358990963',
      name: '(الطوارئ)',
      kind: 'HOSPITAL',
      source: 'healthsites',
      datasetId: 'health.healthsites',
      location: { longitude: 43.8940461, latitude: 36.7499244 },
      governorate: { code: 'IQ-NI' },
      district: { pcode: 'IQG15Q01' },
      subDistrictPcode: 'IQG15Q01N05',
      lastModified: '2016-07-02T00:28:29.000Z',
      completeness: 0.2941,
      confidence: null,
      osmId: 'node/4277481696',
      sourceLine: 2,
    });
  });

  test('healthFacility resolves an Overture reference', async () => {
    const result = await run(
      `query($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on HealthFacility { name kind confidence lastModified governorate { code } }
        }
      }`,
      {
        r: [
          {
            __typename: 'HealthFacility',
            id: 'overture:db89f0e1-f6d0-4dc6-8aa9-fe1381ae502c',
          },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        name: 'Zhala clinical',
        kind: 'OTHER',
        confidence: 0.33766233766233766,
        lastModified: null,
        governorate: { code: 'IQ-SU' },
      },
    ]);
  });

  test('healthFacilities filters by source and kind', async () => {
    const result = await run(`{
      all: healthFacilities(first: 0) { totalCount }
      pharmacies: healthFacilities(source: "overture", kind: PHARMACY, first: 0) { totalCount }
      basra: healthFacilities(governorateCode: "iq-ba", first: 0) { totalCount }
      outside: healthFacilitiesOutsideBoundaries { totalCount edges { node { id } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      all: { totalCount: 844 + 261 },
      pharmacies: { totalCount: 57 },
      basra: { totalCount: 83 },
      outside: { totalCount: 0, edges: [] },
    });
  });

  test.each([
    [
      'governorateCode',
      'healthFacilities(governorateCode: "IQ-XX") { totalCount }',
    ],
    ['source', 'healthFacilities(source: "osm") { totalCount }'],
    ['id', 'healthFacility(id: "29c6b4ad93f54df6b1d2880358990963") { id }'],
  ])('invalid %s is rejected', async (argument, field) => {
    const result = await run(`{ ${field} }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.argument).toBe(argument);
  });
});
