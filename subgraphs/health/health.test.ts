import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../test/support/database';
import { executeCounted } from '../../test/support/graphql';
import { openDataSource } from '../kit/db/data-source';
import { GOVERNORATES } from '../kit/iraq/governorates';
import { createLogger } from '../kit/logger';
import { createHealthLoaders } from './loaders';
import { healthIngestion } from './ministry';
import { buildHealthSchema } from './schema';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

const GOVERNORATE_FACILITIES = `query($r: [_Any!]!, $kind: FacilityKind, $first: Int, $after: String) {
  _entities(representations: $r) {
    ... on Governorate {
      code
      healthFacilities(kind: $kind, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id } }
      }
    }
  }
}`;

interface FacilityPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

describeWithData('health graph', () => {
  const logger = createLogger('test', 'silent');
  let database: TestDatabase;
  let dataSource: DataSource;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    database = await createTestDatabase('health_graph');
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

  async function governoratePages(
    codes: string[],
    variables: Record<string, unknown> = {},
  ): Promise<Map<string, FacilityPage>> {
    const result = await run(GOVERNORATE_FACILITIES, {
      r: codes.map((code) => ({ __typename: 'Governorate', code })),
      ...variables,
    });
    expect(result.errors).toBeUndefined();
    const entities = result.data?._entities as {
      code: string;
      healthFacilities: FacilityPage;
    }[];
    return new Map(entities.map((e) => [e.code, e.healthFacilities]));
  }

  // Expected counts come from Python ray casting over the COD-AB admin-2 polygons.
  test.each([
    ['IQ-AR', 131, 81],
    ['IQ-BA', 83, 54],
    ['IQ-BG', 186, 135],
    ['IQ-SU', 72 + 261, 170],
  ])(
    '%s has %i facilities and %i hospitals',
    async (code, total, hospitals) => {
      const all = await governoratePages([code]);
      const onlyHospitals = await governoratePages([code], {
        kind: 'HOSPITAL',
      });
      expect(all.get(code)?.totalCount).toBe(total);
      expect(onlyHospitals.get(code)?.totalCount).toBe(hospitals);
    },
  );

  test('district lists Sulaymaniyah facilities', async () => {
    const result = await run(
      `query($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on District {
            all: healthFacilities(first: 0) { totalCount }
            hospitals: healthFacilities(kind: HOSPITAL, first: 0) { totalCount }
          }
        }
      }`,
      { r: [{ __typename: 'District', pcode: 'IQG06Q01' }] },
    );
    expect(result.errors).toBeUndefined();
    const [district] = result.data?._entities as {
      all: { totalCount: number };
      hospitals: { totalCount: number };
    }[];
    expect(district.all.totalCount).toBe(305);
    expect(district.hospitals.totalCount).toBe(148);
  });

  test('pages are disjoint and ordered by id', async () => {
    const first = (await governoratePages(['IQ-BA'], { first: 5 })).get(
      'IQ-BA',
    )!;
    const second = (
      await governoratePages(['IQ-BA'], {
        first: 5,
        after: first.pageInfo.endCursor,
      })
    ).get('IQ-BA')!;
    const ids = (page: FacilityPage) => page.edges.map((e) => e.node.id);
    expect(ids(first)).toEqual([
      'healthsites:034629a71b134294a78bddc2661e6a53',
      'healthsites:14abb752e1cc486c92e0d6231ce8fa5f',
      'healthsites:1f01721cc5254968a4ec5416e1401a2e',
      'healthsites:223e6b66978545058dfa19cf4f5d0ea5',
      'healthsites:253ae5e20f024668921eea4511f65bf8',
    ]);
    expect(ids(second)).toEqual([
      'healthsites:262c94a1e14a483ca31b98320be893a4',
      'healthsites:287eb62fca8d469eac2c9d6133abd9e1',
      'healthsites:2e406492e21a46389fb8599db9b92cc4',
      'healthsites:339fa346720c4a7896e3bced849eb6e7',
      'healthsites:33bdd28d1eb740aaa72d0128839754d4',
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.totalCount).toBe(83);
  });

  test('first above 100 is rejected', async () => {
    const result = await run(GOVERNORATE_FACILITIES, {
      r: [{ __typename: 'Governorate', code: 'IQ-BA' }],
      first: 101,
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.argument).toBe('first');
  });

  test('SQL count independent of governorates', async () => {
    // The first empty page checks once per process that data is loaded.
    await run(GOVERNORATE_FACILITIES, {
      r: [{ __typename: 'Governorate', code: 'IQ-MU' }],
      kind: 'LABORATORY',
    });
    const two = await run(GOVERNORATE_FACILITIES, {
      r: ['IQ-BA', 'IQ-SU'].map((code) => ({
        __typename: 'Governorate',
        code,
      })),
      kind: 'CLINIC',
    });
    const all = await run(GOVERNORATE_FACILITIES, {
      r: GOVERNORATES.map((g) => ({ __typename: 'Governorate', code: g.code })),
      kind: 'CLINIC',
    });
    expect(two.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect((all.data?._entities as unknown[]).length).toBe(18);
    expect(all.queries).toBe(two.queries);
    expect(all.queries).toBe(1);
  });
});
