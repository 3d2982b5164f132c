import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../test/support/database';
import { executeCounted } from '../../test/support/graphql';
import { openDataSource } from '../kit/db/data-source';
import { countQueries } from '../kit/db/query-counter';
import { Language } from '../kit/graphql/language';
import { createLogger } from '../kit/logger';
import { planningIngestion } from '../planning/ministry';
import { catalogIngestion } from './ministry';
import { createCatalogLoaders } from './loaders';
import { buildCatalogSchema } from './schema';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: the catalog registers datasets loaded from the real files.
const describeWithData = dataDir ? describe : describe.skip;
const logger = createLogger('test', 'silent');

describeWithData('catalog', () => {
  let planningDb: TestDatabase;
  let catalogDb: TestDatabase;
  let planning: DataSource;
  let catalog: DataSource;
  let schema: GraphQLSchema;
  const run = (query: string, variables = {}, language = Language.EN) =>
    executeCounted(
      schema,
      catalog,
      createCatalogLoaders,
      query,
      variables,
      language,
    );

  beforeAll(async () => {
    planningDb = await createTestDatabase('catalog_planning');
    catalogDb = await createTestDatabase('catalog');
    planning = await openDataSource({
      name: 'planning',
      databaseUrl: planningDb.url,
      dataFolder: '',
      entities: [],
      migrations: planningIngestion.migrations,
      logger,
    });
    catalog = await openDataSource({
      name: 'catalog',
      databaseUrl: catalogDb.url,
      dataFolder: '',
      entities: [],
      migrations: catalogIngestion.migrations,
      logger,
    });
    const results = await planningIngestion.ingest(
      planning,
      { dataDir: dataDir!, published: [] },
      logger,
    );
    const published = results.map((result) => ({
      description: planningIngestion.datasets.find(
        (d) => d.id === result.datasetId,
      )!,
      result,
    }));
    await catalogIngestion.ingest(
      catalog,
      { dataDir: dataDir!, published },
      logger,
    );
    schema = await buildCatalogSchema();
  }, 120_000);

  afterAll(async () => {
    await planning?.destroy();
    await catalog?.destroy();
    await planningDb?.drop();
    await catalogDb?.drop();
  });

  it('lists the loaded datasets with licence, row count and coverage', async () => {
    const { data, errors } = await run(
      '{ datasets { totalCount edges { node { id licence { id } rowCount lastModified temporalCoverage { start end } publisher { acronym } } } } }',
    );

    expect(errors).toBeUndefined();
    expect(data).toEqual({
      datasets: {
        totalCount: 2,
        edges: [
          {
            node: {
              id: 'planning.admin-boundaries',
              licence: { id: 'CC-BY-3.0-IGO' },
              rowCount: 413,
              lastModified: '2019-06-03',
              temporalCoverage: { start: '2019-06-03', end: null },
              publisher: { acronym: 'MoP-CSO' },
            },
          },
          {
            node: {
              id: 'planning.population',
              licence: { id: 'public-statistics' },
              rowCount: 89,
              lastModified: '2025-11-26',
              temporalCoverage: { start: '2009', end: '2024' },
              publisher: { acronym: 'MoP-CSO' },
            },
          },
        ],
      },
    });
  });

  it.each([
    ['population', ['planning.population']],
    ['السكان', ['planning.population']],
    ['المحافظات', ['planning.admin-boundaries']],
    ['دانیشتووان', ['planning.population']],
    ['BOUNDARIES p-codes', ['planning.admin-boundaries']],
    ['nothing-like-this', []],
  ])('finds %p', async (search, expected) => {
    const { data } = await run(
      'query ($s: String) { datasets(search: $s) { edges { node { id } } } }',
      { s: search },
    );

    expect(
      (data!.datasets as { edges: { node: { id: string } }[] }).edges.map(
        (e) => e.node.id,
      ),
    ).toEqual(expected);
  });

  it('rejects a search with no letters', async () => {
    const { errors } = await run(
      '{ datasets(search: "  ?! ") { totalCount } }',
    );

    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns titles in the requested language', async () => {
    const { data } = await run(
      '{ dataset(id: "planning.population") { title description } }',
      {},
      Language.AR,
    );

    expect(data).toEqual({
      dataset: {
        title: 'السكان حسب المحافظة والسنة',
        description: expect.stringContaining('نتائج التعداد'),
      },
    });
  });

  it('costs one query for the datasets of 2 or 18 governorates', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Governorate { datasets { totalCount edges { node { id } } } } } }`;
    const codes = [
      'IQ-AN',
      'IQ-AR',
      'IQ-BA',
      'IQ-BB',
      'IQ-BG',
      'IQ-DA',
      'IQ-DI',
      'IQ-DQ',
      'IQ-KA',
      'IQ-KI',
      'IQ-MA',
      'IQ-MU',
      'IQ-NA',
      'IQ-NI',
      'IQ-QA',
      'IQ-SD',
      'IQ-SU',
      'IQ-WA',
    ];

    const two = await run(query, {
      r: codes.slice(0, 2).map((code) => ({ __typename: 'Governorate', code })),
    });
    const all = await run(query, {
      r: codes.map((code) => ({ __typename: 'Governorate', code })),
    });

    expect(two.queries).toBe(1);
    expect(all.queries).toBe(1);
    expect(
      (all.data!._entities as { datasets: { totalCount: number } }[])[17]
        .datasets.totalCount,
    ).toBe(2);
  });

  describe('publishDataset', () => {
    const mutation = `mutation ($input: DatasetInput!) { publishDataset(input: $input) { id rowCount publisher { id } spatialCoverage { code } } }`;
    const input = {
      id: 'health.pharmacies',
      titleEn: 'Licensed pharmacies',
      titleAr: 'الصيدليات المجازة',
      descriptionEn: 'Pharmacies licensed by the Ministry of Health.',
      descriptionAr: 'الصيدليات المجازة من وزارة الصحة.',
      licenceId: 'CC-BY-4.0',
      licenceTitle: 'Creative Commons Attribution 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      sourceTitle: 'Pharmacy register',
      sourceUrl: 'https://moh.gov.iq/',
      sourcePublisher: 'Ministry of Health',
      theme: 'HEAL',
      modified: '2026-11-30',
      rowCount: 12,
      spatialCoverage: ['IQ-BA'],
    };
    const publish = (
      variables: object,
      ministryId?: string,
      credentialRejected = false,
    ) =>
      countQueries(() =>
        graphql({
          schema,
          source: mutation,
          variableValues: variables as Record<string, unknown>,
          contextValue: {
            language: Language.EN,
            requestId: 't',
            loaders: createCatalogLoaders(catalog),
            ministryId,
            credentialRejected,
            dataSource: catalog,
          },
        }),
      );

    it('rejects a request without a credential', async () => {
      const result = await publish({ input });

      expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('rejects a token that matches no ministry', async () => {
      const result = await publish({ input }, undefined, true);

      expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toMatch(
        /^The bearer token matches no ministry/,
      );
    });

    it("rejects another ministry's dataset id", async () => {
      const result = await publish({ input }, 'education');

      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('rejects an unknown governorate code and writes nothing', async () => {
      const result = await publish(
        { input: { ...input, spatialCoverage: ['IQ-XX'] } },
        'health',
      );
      const stored = await catalog.query(
        "SELECT count(*)::int AS n FROM dataset WHERE id = 'health.pharmacies'",
      );

      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.argument).toBe(
        'input.spatialCoverage',
      );
      expect(stored[0].n).toBe(0);
    });

    it('publishes an entry for its own ministry', async () => {
      const result = await publish({ input }, 'health');

      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        publishDataset: {
          id: 'health.pharmacies',
          rowCount: 12,
          publisher: { id: 'health' },
          spatialCoverage: [{ code: 'IQ-BA' }],
        },
      });
    });
  });
});
