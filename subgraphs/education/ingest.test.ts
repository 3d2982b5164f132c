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
} from '../../test/support/database';
import { openDataSource } from '../kit/db/data-source';
import type { IngestResult } from '../kit/ingest/dataset';
import { SourceFileError } from '../kit/ingest/problems';
import { createLogger } from '../kit/logger';
import { educationDatasets, PLACEMENT_FILES } from './datasets';
import { educationIngestion } from './ministry';
import { OSM_SCHOOLS_FILE } from './source/osm-schools';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('education ingestion', () => {
  const logger = createLogger('test', 'silent');
  let database: TestDatabase;
  let dataSource: DataSource;
  let first: IngestResult[];
  let brokenDir: string | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('education_ingest');
    dataSource = await openDataSource({
      name: 'education',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: educationIngestion.migrations,
      logger,
    });
    first = await ingest(dataDir as string);
  }, 120_000);

  afterAll(async () => {
    if (brokenDir) rmSync(brokenDir, { recursive: true });
    await dataSource?.destroy();
    await database?.drop();
  });

  function ingest(folder: string): Promise<IngestResult[]> {
    return educationIngestion.ingest(
      dataSource,
      { dataDir: folder, published: [] },
      logger,
    );
  }

  async function count(sql: string): Promise<number> {
    const [row] = (await dataSource.query(sql)) as { n: string }[];
    return Number(row.n);
  }

  test('loads each dataset once', () => {
    expect(first.map((r) => [r.datasetId, r.rowCount, r.unchanged])).toEqual([
      ['education.osm-schools-erbil', 306, false],
      ['education.overture-sulaymaniyah', 168, false],
    ]);
  });

  test('reports the covered governorates', () => {
    expect(first.map((r) => r.spatialCoverage)).toEqual([['IQ-AR'], ['IQ-SU']]);
  });

  test('reports the source periods', () => {
    expect(first.map((r) => [r.temporalStart, r.temporalEnd])).toEqual([
      ['2019-05-24', '2019-05-24'],
      ['2025-06', '2025-06'],
    ]);
  });

  test('places every school in a district', async () => {
    expect(first.map((r) => [r.details.placed, r.details.outside])).toEqual([
      [306, 0],
      [168, 0],
    ]);
    expect(await count('SELECT count(*) AS n FROM school')).toBe(474);
    expect(await count('SELECT count(*) AS n FROM school_outside')).toBe(0);
  });

  test('stores coverage by district', async () => {
    expect(
      await dataSource.query(
        'SELECT dataset_id, governorate_code, district_pcode, school_count FROM school_coverage ORDER BY dataset_id',
      ),
    ).toEqual([
      {
        dataset_id: 'education.osm-schools-erbil',
        governorate_code: 'IQ-AR',
        district_pcode: 'IQG11Q02',
        school_count: 306,
      },
      {
        dataset_id: 'education.overture-sulaymaniyah',
        governorate_code: 'IQ-SU',
        district_pcode: 'IQG06Q01',
        school_count: 168,
      },
    ]);
  });

  test('stores sub-districts of Sulaymaniyah', async () => {
    expect(
      await count(
        "SELECT count(*) AS n FROM school WHERE sub_district_pcode = 'IQG06Q01N03'",
      ),
    ).toBe(95);
    expect(
      await count(
        "SELECT count(*) AS n FROM school WHERE sub_district_pcode = 'IQG06Q01N02'",
      ),
    ).toBe(73);
  });

  test('second ingestion reports unchanged', async () => {
    const second = await ingest(dataDir as string);
    expect(second.map((r) => [r.datasetId, r.rowCount, r.unchanged])).toEqual([
      ['education.osm-schools-erbil', 306, true],
      ['education.overture-sulaymaniyah', 168, true],
    ]);
    expect(second.map((r) => r.spatialCoverage)).toEqual([
      ['IQ-AR'],
      ['IQ-SU'],
    ]);
    expect(await count('SELECT count(*) AS n FROM school')).toBe(474);
  });

  test('broken coordinate is rejected and rolled back', async () => {
    brokenDir = mkdtempSync(join(tmpdir(), 'education-'));
    const files = [
      ...PLACEMENT_FILES,
      ...educationDatasets.flatMap((d) => d.files),
    ];
    for (const file of files)
      copyFileSync(join(dataDir as string, file), join(brokenDir, file));
    const text = readFileSync(join(brokenDir, OSM_SCHOOLS_FILE), 'utf8');
    // The first feature, node/856282429, starts on line 7 and is the only one at this longitude.
    expect(text.split('44.0356619')).toHaveLength(2);
    writeFileSync(
      join(brokenDir, OSM_SCHOOLS_FILE),
      text.replace('44.0356619', '440.356619'),
    );

    const error = await ingest(brokenDir).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).problems).toEqual([
      {
        file: OSM_SCHOOLS_FILE,
        line: 7,
        column: 'geometry',
        reason: 'feature 1: longitude 440.356619 is outside [-180, 180]',
      },
    ]);
    expect(
      await count(
        "SELECT count(*) AS n FROM school WHERE dataset_id = 'education.osm-schools-erbil'",
      ),
    ).toBe(306);
    expect(
      await dataSource.query(
        "SELECT longitude, latitude FROM school WHERE id = 'osm:node/856282429'",
      ),
    ).toEqual([{ longitude: 44.0356619, latitude: 36.2038553 }]);
    expect(await count('SELECT count(*) AS n FROM school_coverage')).toBe(2);
  });
});
