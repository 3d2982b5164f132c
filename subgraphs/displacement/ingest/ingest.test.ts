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
import { ADMIN_FILES, displacementDatasets } from '../datasets';
import { displacementIngestion } from '../ministry';
import { IDP_MASTER_LIST_FILE } from '../source/dtm';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('displacement ingestion', () => {
  const logger = createLogger('test', 'silent');
  let database: TestDatabase;
  let dataSource: DataSource;
  let first: IngestResult[];
  let brokenDir: string | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('displacement_ingest');
    dataSource = await openDataSource({
      name: 'displacement',
      databaseUrl: database.url,
      dataFolder: '',
      entities: [],
      migrations: displacementIngestion.migrations,
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
    return displacementIngestion.ingest(
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
      ['displacement.idp-locations', 3106, false],
      ['displacement.returnee-locations', 1688, false],
      ['displacement.camps', 77, false],
    ]);
  });

  test('stores 3,106 IDP rows without the totals row', async () => {
    expect(await count('SELECT count(*) AS n FROM idp_location')).toBe(3106);
    expect(
      await count(
        "SELECT count(*) AS n FROM idp_location WHERE location_id !~ '^[0-9]{7}$'",
      ),
    ).toBe(0);
    expect(await count('SELECT sum(individuals) AS n FROM idp_location')).toBe(
      1552914,
    );
  });

  test('stores 57 formal camps and 20 informal sites', async () => {
    expect(
      await count("SELECT count(*) AS n FROM camp WHERE kind = 'formal'"),
    ).toBe(57);
    expect(
      await count("SELECT count(*) AS n FROM camp WHERE kind = 'informal'"),
    ).toBe(20);
  });

  test('keeps blank camp counts as null', async () => {
    expect(
      await count(
        "SELECT count(*) AS n FROM camp WHERE name = 'Surdesh' AND individuals IS NULL",
      ),
    ).toBe(1);
  });

  test('reports coverage and period', () => {
    const idp = first[0];
    expect(idp.spatialCoverage).toHaveLength(18);
    expect([idp.temporalStart, idp.temporalEnd]).toEqual([
      '2019-08-31',
      '2019-08-31',
    ]);
    expect([first[2].temporalStart, first[2].temporalEnd]).toEqual([
      '2019-01-01',
      '2019-08-31',
    ]);
  });

  test('second ingestion reports unchanged', async () => {
    const second = await ingest(dataDir as string);
    expect(second.map((r) => [r.datasetId, r.rowCount, r.unchanged])).toEqual([
      ['displacement.idp-locations', 3106, true],
      ['displacement.returnee-locations', 1688, true],
      ['displacement.camps', 77, true],
    ]);
    expect(await count('SELECT count(*) AS n FROM idp_location')).toBe(3106);
  });

  test('broken count is rejected and rolled back', async () => {
    brokenDir = mkdtempSync(join(tmpdir(), 'displacement-'));
    const files = [
      ...ADMIN_FILES,
      ...displacementDatasets.flatMap((d) => d.files),
    ];
    for (const file of files)
      copyFileSync(join(dataDir as string, file), join(brokenDir, file));
    const lines = readFileSync(
      join(brokenDir, IDP_MASTER_LIST_FILE),
      'utf8',
    ).split('\n');
    // Line 2 is the first location and has no quoted cell, so splitting on commas is exact.
    expect(lines[1]).not.toContain('"');
    const cells = lines[1].split(',');
    expect(cells[8]).toBe('16');
    cells[8] = '-3';
    lines[1] = cells.join(',');
    writeFileSync(join(brokenDir, IDP_MASTER_LIST_FILE), lines.join('\n'));

    const error = await ingest(brokenDir).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).problems).toEqual([
      {
        file: IDP_MASTER_LIST_FILE,
        line: 2,
        column: 'Families',
        reason: '"-3" is not a count; expected a whole number of 0 or more',
      },
    ]);
    expect(await count('SELECT count(*) AS n FROM idp_location')).toBe(3106);
    expect(
      await count(
        "SELECT families AS n FROM idp_location WHERE location_id = '1101011'",
      ),
    ).toBe(16);
    expect(
      await count(
        "SELECT sum(individuals) AS n FROM idp_location WHERE governorate_code = 'IQ-NI'",
      ),
    ).toBe(453168);
  });
});
