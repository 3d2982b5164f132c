import 'reflect-metadata';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../../test/support/database';
import { executeCounted } from '../../../test/support/graphql';
import { openDataSource } from '../../kit/db/data-source';
import { BOUNDARY_FILES } from '../../kit/geo/boundaries';
import type { IngestResult } from '../../kit/ingest/dataset';
import { SourceFileError } from '../../kit/ingest/problems';
import { createLogger } from '../../kit/logger';
import { createHealthLoaders } from '../loaders';
import { healthIngestion } from '../ministry';
import { buildHealthSchema } from '../schema';
import { HEALTHSITES_FILE } from '../source/healthsites';
import { OVERTURE_HEALTH_FILE } from '../source/overture';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

// Line 10 of the healthsites file is Al-Nasiriyah Teaching Hospital in Dhi Qar.
const EDITED_LINE = 10;
const EDITED_ID = 'healthsites:d7ccbbb8507b42c8a803d708170f00d8';

describeWithData('health ingestion', () => {
  const logger = createLogger('test', 'silent');
  let database: TestDatabase;
  let dataSource: DataSource;
  let first: IngestResult[];
  let copyDir: string;

  beforeAll(async () => {
    database = await createTestDatabase('health_ingest');
    dataSource = await openDataSource({
      name: 'health',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: healthIngestion.migrations,
      logger,
    });
    first = await ingest(dataDir as string);
    copyDir = await mkdtemp(join(tmpdir(), 'health-ingest-'));
    for (const file of [
      OVERTURE_HEALTH_FILE,
      ...Object.values(BOUNDARY_FILES),
    ]) {
      await copyFile(join(dataDir as string, file), join(copyDir, file));
    }
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
    if (copyDir) await rm(copyDir, { recursive: true, force: true });
  });

  function ingest(folder: string): Promise<IngestResult[]> {
    return healthIngestion.ingest(
      dataSource,
      { dataDir: folder, published: [] },
      logger,
    );
  }

  /** Writes the healthsites file into the copy with X and Y of `EDITED_LINE` replaced. */
  async function writeHealthsitesCopy(x: string, y: string): Promise<void> {
    const lines = (
      await readFile(join(dataDir as string, HEALTHSITES_FILE), 'utf8')
    ).split('\n');
    lines[EDITED_LINE - 1] = lines[EDITED_LINE - 1].replace(
      /^[^,]*,[^,]*,/,
      `${x},${y},`,
    );
    await writeFile(join(copyDir, HEALTHSITES_FILE), lines.join('\n'));
  }

  async function storedLatitude(id: string): Promise<number | undefined> {
    const rows = (await dataSource.query(
      'SELECT lat FROM health_facility WHERE id = $1',
      [id],
    )) as { lat: number }[];
    return rows[0]?.lat;
  }

  test('first load reports counts', () => {
    const [healthsites, overture] = first;
    expect(healthsites.datasetId).toBe('health.healthsites');
    expect(healthsites.unchanged).toBe(false);
    expect(healthsites.rowCount).toBe(844);
    expect(healthsites.spatialCoverage).toHaveLength(18);
    expect(healthsites.temporalStart).toBe('2015-10-08');
    expect(healthsites.temporalEnd).toBe('2017-09-26');
    expect(healthsites.details).toEqual({
      kinds: { HOSPITAL: 630, CLINIC: 213, OTHER: 1 },
      placed: 844,
      outside: 0,
      outsideFacilities: [],
    });
    expect(overture.datasetId).toBe('health.overture-sulaymaniyah');
    expect(overture.rowCount).toBe(261);
    expect(overture.spatialCoverage).toEqual(['IQ-SU']);
    expect(overture.temporalStart).toBeNull();
    expect(overture.details.kinds).toEqual({
      HOSPITAL: 115,
      CLINIC: 11,
      PHARMACY: 57,
      LABORATORY: 18,
      OTHER: 60,
    });
  });

  test('unchanged files skip the load', async () => {
    const again = await ingest(dataDir as string);
    expect(again.map((r) => r.unchanged)).toEqual([true, true]);
    expect(again.map((r) => r.rowCount)).toEqual([844, 261]);
    const [{ n }] = (await dataSource.query(
      'SELECT count(*)::int AS n FROM health_facility',
    )) as { n: number }[];
    expect(n).toBe(1105);
  });

  test('corrupted coordinate keeps previous rows', async () => {
    await writeHealthsitesCopy('46.2461939663969', '31.05x8827');
    const error = await ingest(copyDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    const problems = (error as SourceFileError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(HEALTHSITES_FILE);
    expect(problems[0].line).toBe(EDITED_LINE);
    expect(problems[0].column).toBe('Y');
    const [{ n }] = (await dataSource.query(
      "SELECT count(*)::int AS n FROM health_facility WHERE dataset_id = 'health.healthsites'",
    )) as { n: number }[];
    expect(n).toBe(844);
    expect(await storedLatitude(EDITED_ID)).toBe(31.058827);
  });

  test('outside facility is kept and reported', async () => {
    // 0°, 0° is in the Gulf of Guinea, far outside Iraq.
    await writeHealthsitesCopy('0', '0');
    const [healthsites, overture] = await ingest(copyDir);
    expect(healthsites.unchanged).toBe(false);
    expect(healthsites.rowCount).toBe(844);
    expect(healthsites.details.outside).toBe(1);
    expect(healthsites.details.outsideFacilities).toEqual([
      {
        id: EDITED_ID,
        name: 'Al-Nasiriyah Teaching Hospital',
        line: EDITED_LINE,
      },
    ]);
    expect(overture.unchanged).toBe(true);
    expect(await storedLatitude(EDITED_ID)).toBeUndefined();

    const result = await executeCounted(
      await buildHealthSchema(),
      dataSource,
      createHealthLoaders,
      `{
        healthFacilitiesOutsideBoundaries {
          totalCount
          edges { node { id location { longitude latitude } governorate { code } sourceLine } }
        }
        healthFacility(id: "${EDITED_ID}") { name district { pcode } }
        healthFacilities(governorateCode: "IQ-DQ", first: 0) { totalCount }
      }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      healthFacilitiesOutsideBoundaries: {
        totalCount: 1,
        edges: [
          {
            node: {
              id: EDITED_ID,
              location: { longitude: 0, latitude: 0 },
              governorate: null,
              sourceLine: EDITED_LINE,
            },
          },
        ],
      },
      healthFacility: {
        name: 'Al-Nasiriyah Teaching Hospital',
        district: null,
      },
      healthFacilities: { totalCount: 26 },
    });
  });
});
