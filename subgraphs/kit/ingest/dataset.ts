import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type {
  DataSource,
  EntityManager,
  MigrationInterface,
  QueryRunner,
} from 'typeorm';
import type { Logger } from '../logger';
import { withProgress } from './progress';

/** Result of one dataset's load, reported to the catalog. */
export interface IngestResult {
  datasetId: string;
  /** Rows stored for the dataset. */
  rowCount: number;
  /** SHA-256 of the source files, in the order given. */
  checksum: string;
  /** ISO 3166-2:IQ codes of governorates the rows cover, or `IQ` for national figures. */
  spatialCoverage: string[];
  /** First and last period covered, as ISO dates or years. */
  temporalStart: string | null;
  temporalEnd: string | null;
  /** When the rows were written (unchanged when a re-run found the same files). */
  loadedAt: string;
  /** True when the files were unchanged and nothing was written. */
  unchanged: boolean;
  /** Free-form figures for the load report, such as rows outside every boundary. */
  details: Record<string, unknown>;
}

/** Summary a dataset writer returns after writing its rows. */
export type WriteSummary = Pick<
  IngestResult,
  'rowCount' | 'spatialCoverage' | 'temporalStart' | 'temporalEnd' | 'details'
>;

/**
 * Loads one dataset in a single transaction. When the source files hash to
 * the checksum of the last load, nothing is written and the stored result is
 * returned, so a re-run changes nothing. `write` must replace the dataset's
 * previous rows; if it throws, the transaction rolls back and the previous
 * rows stay.
 */
export async function ingestDataset(
  dataSource: DataSource,
  datasetId: string,
  files: string[],
  logger: Logger,
  write: (manager: EntityManager) => Promise<WriteSummary>,
): Promise<IngestResult> {
  const log = logger.child({ dataset: datasetId });
  const checksum = await hashFiles(files);
  const [previous] = (await dataSource.query(
    'SELECT checksum, row_count, summary, loaded_at FROM dataset_load WHERE dataset_id = $1',
    [datasetId],
  )) as {
    checksum: string;
    row_count: number;
    summary: WriteSummary;
    loaded_at: Date;
  }[];
  if (previous?.checksum === checksum) {
    log.info({ rows: previous.row_count }, 'source unchanged, nothing to load');
    return toResult(
      datasetId,
      checksum,
      previous.summary,
      previous.loaded_at,
      true,
    );
  }

  log.info({ files: files.map((f) => basename(f)) }, 'loading dataset');
  const loadedAt = new Date();
  const summary = await dataSource.transaction(async (manager) => {
    const written = await withProgress(log, () => write(manager));
    await manager.query(
      `INSERT INTO dataset_load (dataset_id, checksum, row_count, summary, loaded_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (dataset_id) DO UPDATE SET checksum = $2, row_count = $3, summary = $4, loaded_at = $5`,
      [
        datasetId,
        checksum,
        written.rowCount,
        JSON.stringify(written),
        loadedAt.toISOString(),
      ],
    );
    return written;
  });
  log.info({ rows: summary.rowCount }, 'dataset loaded');
  return toResult(datasetId, checksum, summary, loadedAt, false);
}

/** Reads the last load of every dataset of this subgraph. */
export async function listLoads(
  dataSource: DataSource,
): Promise<IngestResult[]> {
  const rows = (await dataSource.query(
    'SELECT dataset_id, checksum, summary, loaded_at FROM dataset_load ORDER BY dataset_id',
  )) as {
    dataset_id: string;
    checksum: string;
    summary: WriteSummary;
    loaded_at: Date;
  }[];
  return rows.map((r) =>
    toResult(r.dataset_id, r.checksum, r.summary, r.loaded_at, true),
  );
}

/** Migration creating `dataset_load`, the record of each dataset's last load. */
export class CreateDatasetLoad1764000000000 implements MigrationInterface {
  name = 'CreateDatasetLoad1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE dataset_load (
      dataset_id text PRIMARY KEY,
      checksum text NOT NULL,
      row_count integer NOT NULL,
      summary jsonb NOT NULL,
      loaded_at timestamptz NOT NULL
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE dataset_load');
  }
}

/** Hashes files in order with SHA-256, streaming them. */
export async function hashFiles(files: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(basename(file));
    for await (const chunk of createReadStream(file))
      hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

function toResult(
  datasetId: string,
  checksum: string,
  summary: WriteSummary,
  loadedAt: Date | string,
  unchanged: boolean,
): IngestResult {
  return {
    datasetId,
    checksum,
    rowCount: summary.rowCount,
    spatialCoverage: summary.spatialCoverage,
    temporalStart: summary.temporalStart,
    temporalEnd: summary.temporalEnd,
    details: summary.details,
    loadedAt: new Date(loadedAt).toISOString(),
    unchanged,
  };
}
