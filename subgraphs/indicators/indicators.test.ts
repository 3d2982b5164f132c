import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../test/support/database';
import { executeCounted } from '../../test/support/graphql';
import { openDataSource } from '../kit/db/data-source';
import { Language } from '../kit/graphql/language';
import { createLogger } from '../kit/logger';
import { ingestIndicators } from './ingest';
import { createIndicatorsLoaders } from './loaders';
import { indicatorsMigrations } from './migrations';
import { buildIndicatorsSchema } from './schema';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('indicators subgraph on the real files', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let schema: GraphQLSchema;
  const run = (
    query: string,
    variables: Record<string, unknown> = {},
    language = Language.EN,
  ) =>
    executeCounted(
      schema,
      dataSource,
      createIndicatorsLoaders,
      query,
      variables,
      language,
    );
  const count = async (args: string): Promise<unknown> => {
    const result = await run(`{ indicators(${args}) { totalCount } }`);
    expect(result.errors).toBeUndefined();
    return (result.data?.indicators as { totalCount: number }).totalCount;
  };
  const errorCode = async (query: string): Promise<unknown> => {
    const result = await run(query);
    return result.errors?.[0]?.extensions?.code;
  };

  beforeAll(async () => {
    database = await createTestDatabase('indicators');
    const logger = createLogger('test', 'silent');
    dataSource = await openDataSource({
      name: 'indicators',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: indicatorsMigrations,
      logger,
    });
    await ingestIndicators(
      dataSource,
      { dataDir: dataDir as string, published: [] },
      logger,
    );
    schema = await buildIndicatorsSchema();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('returns total population for 2020', async () => {
    const result = await run(
      '{ indicator(code: "SP.POP.TOTL") { name source frequency v2020: value(year: 2020) v2025: value(year: 2025) } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.indicator).toEqual({
      name: 'Population, total',
      source: 'WDI',
      frequency: 'ANNUAL',
      v2020: 42116605,
      v2025: null,
    });
  });

  it('returns the latest population figure', async () => {
    const result = await run(
      '{ indicator(code: "SP.POP.TOTL") { latest { year month value raw } } }',
    );
    expect(result.data?.indicator).toEqual({
      latest: { year: 2024, month: null, value: 46042015, raw: '46042015' },
    });
  });

  it('describes a WDI indicator', async () => {
    const result = await run(
      '{ indicator(code: "FP.CPI.TOTL.ZG") { unit topic sourceOrganization datasetId licence { id title } names { en ar ckb } } }',
    );
    expect(result.data?.indicator).toEqual({
      unit: 'annual %',
      topic: 'economy',
      sourceOrganization:
        'International Financial Statistics database, International Monetary Fund (IMF)',
      datasetId: 'indicators.wdi',
      licence: {
        id: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0 International',
      },
      names: {
        en: 'Inflation, consumer prices (annual %)',
        ar: null,
        ckb: null,
      },
    });
  });

  it('falls back to English for a WDI name in Arabic', async () => {
    const result = await run(
      '{ indicator(code: "SP.POP.TOTL") { name } }',
      {},
      Language.AR,
    );
    expect(result.data?.indicator).toEqual({ name: 'Population, total' });
  });

  it('returns a CBI series with its Arabic label', async () => {
    const result = await run(`{
      indicator(code: "CBI.FOREIGN_RESERVES.USD_BN") {
        ar: name(lang: AR) en: name unit topic source datasetId licence { id }
        value(year: 2024)
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.indicator).toEqual({
      ar: 'الاحتياطيات الأجنبية (مليار دولار)',
      en: 'Foreign reserves',
      unit: 'billion US$',
      topic: 'finance',
      source: 'CBI',
      datasetId: 'indicators.cbi',
      licence: { id: 'unknown' },
      value: 100.26692307692308,
    });
  });

  it('counts monthly observations', async () => {
    const result = await run(`{
      indicator(code: "CBI.REVENUE_YTD.IQD_BN") {
        frequency
        all: observations { totalCount }
        in2025: observations(fromYear: 2025, toYear: 2025, first: 2) {
          totalCount edges { node { year month value } }
        }
        june2024: value(year: 2024, month: 6)
        latest { year month value }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.indicator).toEqual({
      frequency: 'MONTHLY',
      all: { totalCount: 25 },
      in2025: {
        totalCount: 12,
        edges: [
          { node: { year: 2025, month: 1, value: 8040.3 } },
          { node: { year: 2025, month: 2, value: 17427.2 } },
        ],
      },
      june2024: 65921.6,
      latest: { year: 2026, month: 1, value: 8537.1 },
    });
  });

  it('keeps a year-to-date value apart from full years', async () => {
    const result = await run(`{
      indicator(code: "CBI.BALANCE.IQD_BN") {
        full2025: value(year: 2025) full2026: value(year: 2026) january2026: value(year: 2026, month: 1)
        observations { edges { node { year month } } }
      }
    }`);
    expect(result.data?.indicator).toEqual({
      full2025: -17042.7,
      full2026: null,
      january2026: -339.6,
      observations: {
        edges: [
          { node: { year: 2024, month: null } },
          { node: { year: 2025, month: null } },
          { node: { year: 2026, month: 1 } },
        ],
      },
    });
  });

  it.each([
    ['', 1503],
    ['source: WDI', 1486],
    ['source: CBI', 17],
    ['topic: "health"', 163],
    ['topic: "finance"', 53],
    ['topic: "public-sector"', 93],
    ['fromYear: 2024, toYear: 2025', 621],
    ['fromYear: 2025', 90],
    ['toYear: 1960', 166],
    ['topic: "health", fromYear: 2020, toYear: 2024', 112],
    ['topic: "finance", fromYear: 2023, toYear: 2023', 28],
    ['search: "population"', 242],
    ['code: ["SP.POP.TOTL", "CBI.M2.IQD_BN", "NO.SUCH.CODE"]', 2],
  ])('filters indicators by %s', async (args, expected) => {
    expect(await count(args || 'first: 0')).toBe(expected);
  });

  it('pages indicators by code', async () => {
    const first = await run(
      '{ indicators(first: 2) { edges { node { code } } pageInfo { endCursor } } }',
    );
    const page = first.data?.indicators as { pageInfo: { endCursor: string } };
    const next = await run(
      'query ($after: String) { indicators(first: 1, after: $after) { edges { node { code } } } }',
      {
        after: page.pageInfo.endCursor,
      },
    );
    expect(first.data?.indicators).toMatchObject({
      edges: [
        { node: { code: 'AG.CON.FERT.PT.ZS' } },
        { node: { code: 'AG.CON.FERT.ZS' } },
      ],
    });
    expect(next.data?.indicators).toEqual({
      edges: [{ node: { code: 'AG.LND.AGRI.K2' } }],
    });
  });

  it('loads observations of a page in one query', async () => {
    const query = (first: number) =>
      `{ indicators(first: ${first}) { edges { node { observations(first: 3) { totalCount } latest { year } value(year: 2020) } } } }`;
    const small = await run(query(2));
    const large = await run(query(50));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.queries).toBe(4);
    expect(large.queries).toBe(small.queries);
  });

  it('returns null for an unknown code', async () => {
    const result = await run('{ indicator(code: "NO.SUCH.CODE") { code } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.indicator).toBeNull();
  });

  it.each([
    ['a malformed code', '{ indicator(code: "SP POP") { code } }'],
    [
      'a reversed range',
      '{ indicators(fromYear: 2025, toYear: 2020) { totalCount } }',
    ],
    ['a year before 1900', '{ indicators(fromYear: 1899) { totalCount } }'],
    [
      'a year after 2100',
      '{ indicator(code: "SP.POP.TOTL") { value(year: 2101) } }',
    ],
    [
      'month 13',
      '{ indicator(code: "SP.POP.TOTL") { value(year: 2020, month: 13) } }',
    ],
    ['an unknown topic', '{ indicators(topic: "weather") { totalCount } }'],
    ['blank search text', '{ indicators(search: "  ") { totalCount } }'],
    [
      'a reversed observation range',
      '{ indicator(code: "SP.POP.TOTL") { observations(fromYear: 2020, toYear: 2010) { totalCount } } }',
    ],
  ])('rejects %s', async (_case, query) => {
    expect(await errorCode(query)).toBe('BAD_USER_INPUT');
  });
});
