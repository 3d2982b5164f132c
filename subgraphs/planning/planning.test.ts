import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../test/support/database';
import { executeCounted } from '../../test/support/graphql';
import { openDataSource } from '../kit/db/data-source';
import { Language } from '../kit/graphql/language';
import { SourceFileError } from '../kit/ingest/problems';
import { createLogger } from '../kit/logger';
import { BOUNDARY_FILES, POPULATION_FILE } from './datasets';
import { createPlanningLoaders } from './loaders';
import { planningIngestion } from './ministry';
import { buildPlanningSchema } from './schema';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests load the real boundary and population files.
const describeWithData = dataDir ? describe : describe.skip;
const logger = createLogger('test', 'silent');
const CODES = [
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

describeWithData('planning subgraph', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let schema: GraphQLSchema;
  const run = (query: string, variables = {}, language = Language.EN) =>
    executeCounted(
      schema,
      dataSource,
      createPlanningLoaders,
      query,
      variables,
      language,
    );
  const ingest = (folder: string) =>
    planningIngestion.ingest(
      dataSource,
      { dataDir: folder, published: [] },
      logger,
    );

  beforeAll(async () => {
    database = await createTestDatabase('planning');
    dataSource = await openDataSource({
      name: 'planning',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: planningIngestion.migrations,
      logger,
    });
    await ingest(dataDir!);
    schema = await buildPlanningSchema();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('loads 18 governorates, 101 districts and 294 sub-districts', async () => {
    const { data } = await run(
      '{ governorates { totalCount } districts { totalCount } district(pcode: "IQG08Q03") { name subDistricts { totalCount } governorate { code } } }',
    );

    expect(data).toEqual({
      governorates: { totalCount: 18 },
      districts: { totalCount: 101 },
      district: {
        name: expect.any(String),
        subDistricts: { totalCount: expect.any(Number) },
        governorate: { code: 'IQ-BG' },
      },
    });
    const [row] = await dataSource.query(
      'SELECT count(*)::int AS n FROM sub_district',
    );
    expect(row.n).toBe(294);
  });

  it('keeps the Arabic name of Al-Manathera without its no-break space', async () => {
    const { data } = await run(
      '{ district(pcode: "IQG04Q02") { name(lang: AR) } }',
    );

    expect(data).toEqual({ district: { name: 'المناذرة' } });
  });

  it('classifies every figure by kind', async () => {
    const rows = await dataSource.query(
      'SELECT kind, count(*)::int AS n FROM population_figure GROUP BY kind ORDER BY kind',
    );

    expect(rows).toEqual([
      { kind: 'CENSUS', n: 5 },
      { kind: 'ESTIMATE', n: 63 },
      { kind: 'PROJECTION', n: 18 },
      { kind: 'REGISTRY', n: 3 },
    ]);
  });

  it('answers Basra 2018 and the 2024 census with sources', async () => {
    const { data } = await run(
      '{ governorate(code: "IQ-BA") { y2018: population(year: 2018) { total kind } census: population(kind: CENSUS) { year total secondary } areaKm2 capital } }',
    );

    expect(data).toEqual({
      governorate: {
        y2018: [{ total: 2908491, kind: 'ESTIMATE' }],
        census: [{ year: 2024, total: 3664168, secondary: true }],
        areaKm2: 19070,
        capital: 'Basra',
      },
    });
  });

  it('marks the 2020 figures as estimates despite mentioning a census', async () => {
    const { data } = await run(
      '{ governorate(code: "IQ-BG") { population(year: 2020) { total kind } } }',
    );

    expect(data).toEqual({
      governorate: { population: [{ total: 8558625, kind: 'ESTIMATE' }] },
    });
  });

  it('accepts a P-code and rejects a malformed code', async () => {
    const byPcode = await run('{ governorate(code: "IQG02") { code } }');
    const malformed = await run('{ governorate(code: "Basra") { code } }');

    expect(byPcode.data).toEqual({ governorate: { code: 'IQ-BA' } });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a malformed or unknown governorateCode filter', async () => {
    const unknown = await run(
      '{ districts(governorateCode: "IQ-ZZ") { totalCount } }',
    );
    const empty = await run(
      '{ districts(governorateCode: "") { totalCount } }',
    );

    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'governorateCode',
    });
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'governorateCode',
    });
  });

  it('names governorates in Kurdish with Arabic fallback for capitals', async () => {
    const { data } = await run(
      '{ governorate(code: "IQ-DA") { name capital } }',
      {},
      Language.CKB,
    );

    expect(data).toEqual({ governorate: { name: 'دھۆک', capital: 'دهوك' } });
  });

  it('costs the same SQL for 2 governorates as for 18', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Governorate { name population { total } districts { totalCount edges { node { pcode name } } } } } }`;

    const two = await run(query, {
      r: CODES.slice(0, 2).map((code) => ({ __typename: 'Governorate', code })),
    });
    const all = await run(query, {
      r: CODES.map((code) => ({ __typename: 'Governorate', code })),
    });

    expect(all.errors).toBeUndefined();
    expect(two.queries).toBe(3);
    expect(all.queries).toBe(3);
  });

  it('writes nothing on a re-run over the same files', async () => {
    const results = await ingest(dataDir!);

    expect(results.map((r) => [r.datasetId, r.unchanged, r.rowCount])).toEqual([
      ['planning.admin-boundaries', true, 413],
      ['planning.population', true, 89],
    ]);
  });

  describe('with a broken population file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'planning-'));
    const original = () =>
      readFileSync(join(dataDir!, POPULATION_FILE), 'utf8').split('\n');
    const writeLines = (lines: string[]) =>
      writeFileSync(join(folder, POPULATION_FILE), lines.join('\n'));

    beforeAll(() => {
      for (const file of BOUNDARY_FILES)
        copyFileSync(join(dataDir!, file), join(folder, file));
    });

    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    const expectRejected = async (line: number, column: string) => {
      const failure = await ingest(folder).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(SourceFileError);
      expect((failure as SourceFileError).problems[0]).toMatchObject({
        file: POPULATION_FILE,
        line,
        column,
      });
      const [row] = await dataSource.query(
        'SELECT count(*)::int AS n FROM population_figure',
      );
      expect(row.n).toBe(89);
      const [basra] = await dataSource.query(
        "SELECT total FROM population_figure WHERE governorate_code = 'IQ-BA' AND year = 2018",
      );
      expect(basra.total).toBe(2908491);
    };

    it('rejects a year that is not a number', async () => {
      const lines = original();
      lines[56] = lines[56].replace(',2018,', ',20x4,');
      writeLines(lines);

      await expectRejected(57, 'year');
    });

    it('rejects a second figure from the same source', async () => {
      const lines = original();
      lines.splice(57, 0, lines[56].replace(',2908491,', ',3100000,'));
      writeLines(lines);

      await expectRejected(58, 'source_title');
    });

    it('rejects parts that exceed the total', async () => {
      const lines = original();
      lines[56] = lines[56].replace(',2908491,,,', ',2908491,5000000,5000000,');
      writeLines(lines);

      await expectRejected(57, 'population_male');
    });

    it('reports an unclosed quote with its line', async () => {
      const lines = original();
      lines[56] = `${lines[56]},"oops`;
      writeLines(lines);

      const failure = await ingest(folder).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(SourceFileError);
      expect((failure as SourceFileError).problems[0].file).toBe(
        POPULATION_FILE,
      );
      expect(
        (failure as SourceFileError).problems[0].line,
      ).toBeGreaterThanOrEqual(57);
    });
  });
});
