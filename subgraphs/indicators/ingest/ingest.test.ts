import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../test/support/database';
import { openDataSource } from '../../kit/db/data-source';
import type { IngestResult } from '../../kit/ingest/dataset';
import { SourceFileError } from '../../kit/ingest/problems';
import { createLogger } from '../../kit/logger';
import { indicatorsDatasets } from '../datasets';
import { indicatorsMigrations } from '../migrations';
import { WDI_FILES } from '../source/wdi';
import { ingestIndicators } from '.';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('ingestIndicators on the real files', () => {
  const logger = createLogger('test', 'silent');
  let database: TestDatabase;
  let dataSource: DataSource;
  let first: IngestResult[];
  let copyDir: string;

  const tableCounts = async () => {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM indicator)::int AS indicators,
              (SELECT count(*) FROM observation)::int AS observations,
              (SELECT count(*) FROM observation WHERE month IS NOT NULL)::int AS with_month`,
    )) as { indicators: number; observations: number; with_month: number }[];
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase('indicators_ingest');
    dataSource = await openDataSource({
      name: 'indicators',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: indicatorsMigrations,
      logger,
    });
    first = await ingestIndicators(
      dataSource,
      { dataDir: dataDir as string, published: [] },
      logger,
    );
    copyDir = mkdtempSync(join(tmpdir(), 'indicators-'));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
  });

  it('loads both datasets', () => {
    expect(first.map((r) => [r.datasetId, r.rowCount, r.unchanged])).toEqual([
      ['indicators.wdi', 34175, false],
      ['indicators.cbi', 115, false],
    ]);
  });

  it('reports the periods covered', () => {
    expect(first.map((r) => [r.temporalStart, r.temporalEnd])).toEqual([
      ['1960', '2025'],
      ['2023', '2026-01'],
    ]);
  });

  it('covers every governorate', () => {
    for (const result of first) {
      expect(result.spatialCoverage).toEqual(['IQ']);
    }
  });

  it('reports WDI load details', () => {
    expect(first[0].details).toMatchObject({
      level: 'national',
      indicators: 1486,
      indicatorsWithoutValues: 152,
      lastUpdated: '2026-04-08',
    });
  });

  it('stores one row per non-blank value', async () => {
    expect(await tableCounts()).toEqual({
      indicators: 1503,
      observations: 34290,
      with_month: 78,
    });
  });

  it('leaves a second run unchanged', async () => {
    const second = await ingestIndicators(
      dataSource,
      { dataDir: dataDir as string, published: [] },
      logger,
    );
    expect(second.map((r) => r.unchanged)).toEqual([true, true]);
    expect(second.map((r) => r.rowCount)).toEqual([34175, 115]);
    expect(await tableCounts()).toEqual({
      indicators: 1503,
      observations: 34290,
      with_month: 78,
    });
  });

  it('rejects a corrupted WDI value', async () => {
    const files = indicatorsDatasets.flatMap((dataset) => dataset.files);
    for (const file of files)
      copyFileSync(join(dataDir as string, file), join(copyDir, file));
    const dataPath = join(copyDir, WDI_FILES.data);
    const text = readFileSync(dataPath, 'utf8');
    // The total population row is line 1016 of the data file, and its first value is for 1960.
    const corrupted = text.replace(
      '"SP.POP.TOTL","7022052"',
      '"SP.POP.TOTL","7O22052"',
    );
    expect(corrupted).not.toBe(text);
    writeFileSync(dataPath, corrupted);
    const checksumsBefore = await dataSource.query(
      'SELECT dataset_id, checksum FROM dataset_load ORDER BY 1',
    );

    const error = await ingestIndicators(
      dataSource,
      { dataDir: copyDir, published: [] },
      logger,
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceFileError);
    const problems = (error as SourceFileError).problems;
    expect(problems).toEqual([
      {
        file: WDI_FILES.data,
        line: 1016,
        column: '1960',
        reason: expect.stringContaining('"7O22052"'),
      },
    ]);
    expect(await tableCounts()).toEqual({
      indicators: 1503,
      observations: 34290,
      with_month: 78,
    });
    const [population] = await dataSource.query(
      `SELECT value FROM observation WHERE indicator_code = 'SP.POP.TOTL' AND year = 1960`,
    );
    expect(population.value).toBe(7022052);
    expect(
      await dataSource.query(
        'SELECT dataset_id, checksum FROM dataset_load ORDER BY 1',
      ),
    ).toEqual(checksumsBefore);
  });
});
