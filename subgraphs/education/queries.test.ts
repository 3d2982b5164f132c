import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../test/support/database';
import { executeCounted } from '../../test/support/graphql';
import { openDataSource } from '../kit/db/data-source';
import { createLogger } from '../kit/logger';
import { createEducationLoaders } from './loaders';
import { educationIngestion } from './ministry';
import { buildEducationSchema } from './schema';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

const SCHOOL = `query($id: ID!) {
  school(id: $id) {
    id level source datasetId confidence
    location { longitude latitude }
    governorate { code }
    district { pcode }
  }
}`;

const SCHOOLS = `query($code: ID, $level: SchoolLevel, $after: String) {
  schools(governorateCode: $code, level: $level, first: 2, after: $after) {
    totalCount
    edges { node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const DISTRICT_SCHOOLS = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on District {
      pcode
      schools(first: 1) { totalCount }
      schoolCoverage { covered datasets note }
    }
  }
}`;

describeWithData('education queries', () => {
  const logger = createLogger('test', 'silent');
  let database: TestDatabase;
  let dataSource: DataSource;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    database = await createTestDatabase('education_queries');
    dataSource = await openDataSource({
      name: 'education',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: educationIngestion.migrations,
      logger,
    });
    await educationIngestion.ingest(
      dataSource,
      { dataDir: dataDir as string, published: [] },
      logger,
    );
    schema = await buildEducationSchema();
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  function run(query: string, variables: Record<string, unknown> = {}) {
    return executeCounted(
      schema,
      dataSource,
      createEducationLoaders,
      query,
      variables,
    );
  }

  test('school returns an Overture place', async () => {
    const result = await run(SCHOOL, {
      id: 'overture:2e04a39b-aada-4575-90e4-81471635d043',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.school).toEqual({
      id: 'overture:2e04a39b-aada-4575-90e4-81471635d043',
      level: 'TERTIARY',
      source: 'OVERTURE',
      datasetId: 'education.overture-sulaymaniyah',
      confidence: 0.39614373356704646,
      location: { longitude: 45.3591454, latitude: 35.5020065 },
      governorate: { code: 'IQ-SU' },
      district: { pcode: 'IQG06Q01' },
    });
  });

  test('school returns an OSM school without level', async () => {
    const result = await run(SCHOOL, { id: 'osm:node/856282429' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.school).toEqual({
      id: 'osm:node/856282429',
      level: null,
      source: 'OSM',
      datasetId: 'education.osm-schools-erbil',
      confidence: null,
      location: { longitude: 44.0356619, latitude: 36.2038553 },
      governorate: { code: 'IQ-AR' },
      district: { pcode: 'IQG11Q02' },
    });
  });

  test('school is null for an unknown id', async () => {
    const result = await run(SCHOOL, { id: 'osm:node/1' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.school).toBeNull();
  });

  test('school rejects an id without source', async () => {
    const result = await run(SCHOOL, { id: 'node/856282429' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.argument).toBe('id');
  });

  test('schools lists all 474 by id', async () => {
    const result = await run(SCHOOLS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.schools).toMatchObject({
      totalCount: 474,
      edges: [
        { node: { id: 'osm:node/2119364992' } },
        { node: { id: 'osm:node/2384639445' } },
      ],
      pageInfo: { hasNextPage: true },
    });
  });

  test('schools pages one governorate and level', async () => {
    const page1 = await run(SCHOOLS, { code: 'iq-su', level: 'PRIMARY' });
    expect(page1.errors).toBeUndefined();
    const first = page1.data?.schools as {
      totalCount: number;
      edges: unknown[];
      pageInfo: { endCursor: string };
    };
    expect(first.totalCount).toBe(7);
    expect(first.edges).toEqual([
      { node: { id: 'overture:545c4f9a-f104-48a1-980b-559dc4ea1105' } },
      { node: { id: 'overture:58700723-d873-4d19-986b-bedf4c2d11ca' } },
    ]);
    const page2 = await run(SCHOOLS, {
      code: 'IQ-SU',
      level: 'PRIMARY',
      after: first.pageInfo.endCursor,
    });
    expect(page2.data?.schools).toMatchObject({
      totalCount: 7,
      edges: [
        { node: { id: 'overture:9fe47341-a92b-48f7-8208-8259ed55dfa1' } },
        { node: { id: 'overture:bb5def8a-4e1d-4d9c-a73e-0a7822ba9700' } },
      ],
    });
  });

  test('schools of an uncovered governorate raise NO_DATA', async () => {
    const result = await run(SCHOOLS, { code: 'IQ-BA' });
    expect(result.data?.schools).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('NO_DATA');
    expect(result.errors?.[0].message).toContain('Basra (IQ-BA)');
  });

  test.each(['Basra', 'IQ-XX'])(
    'schools rejects governorate code %s',
    async (code) => {
      const result = await run(SCHOOLS, { code });
      expect(result.data?.schools).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.argument).toBe('governorateCode');
    },
  );

  test('schoolCoverage lists Erbil and Sulaymaniyah', async () => {
    const result = await run(`{
      schoolCoverage {
        totalCount
        edges { node { governorate { code } datasets districts { pcode } schoolCount } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    expect(result.data?.schoolCoverage).toEqual({
      totalCount: 2,
      edges: [
        {
          node: {
            governorate: { code: 'IQ-AR' },
            datasets: ['education.osm-schools-erbil'],
            districts: [{ pcode: 'IQG11Q02' }],
            schoolCount: 306,
          },
        },
        {
          node: {
            governorate: { code: 'IQ-SU' },
            datasets: ['education.overture-sulaymaniyah'],
            districts: [{ pcode: 'IQG06Q01' }],
            schoolCount: 168,
          },
        },
      ],
    });
  });

  test('district schools follow district coverage', async () => {
    const result = await run(DISTRICT_SCHOOLS, {
      r: ['IQG06Q01', 'IQG11Q01'].map((pcode) => ({
        __typename: 'District',
        pcode,
      })),
    });
    const [sulaymaniyah, uncovered] = result.data?._entities as Record<
      string,
      unknown
    >[];
    expect(sulaymaniyah.schools).toEqual({ totalCount: 168 });
    expect(sulaymaniyah.schoolCoverage).toEqual({
      covered: true,
      datasets: ['education.overture-sulaymaniyah'],
      note: null,
    });
    expect(uncovered.schools).toBeNull();
    expect(uncovered.schoolCoverage).toEqual({
      covered: false,
      datasets: [],
      note: 'No education dataset covers district "IQG11Q01". Covered districts: IQG06Q01 (Sulaymaniyah), IQG11Q02 (Erbil).',
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions?.code).toBe('NO_DATA');
  });
});
