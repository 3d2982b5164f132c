import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { ingestDataset, type IngestResult } from '../../kit/ingest/dataset';
import type { IngestInput } from '../../kit/ingest/ministry';
import type { Logger } from '../../kit/logger';
import { CBI_DATASET_ID, WDI_DATASET_ID, indicatorsDataset } from '../datasets';
import { writeCbi } from './cbi';
import { writeWdi } from './wdi';

/**
 * Loads the WDI and CBI datasets from `input.dataDir`, each in its own
 * transaction. A failing WDI load raises before the CBI load starts.
 */
export async function ingestIndicators(
  dataSource: DataSource,
  { dataDir }: IngestInput,
  logger: Logger,
): Promise<IngestResult[]> {
  const wdi = await ingestDataset(
    dataSource,
    WDI_DATASET_ID,
    sourcePaths(dataDir, WDI_DATASET_ID),
    logger,
    (manager) => writeWdi(manager, dataDir),
  );
  const cbi = await ingestDataset(
    dataSource,
    CBI_DATASET_ID,
    sourcePaths(dataDir, CBI_DATASET_ID),
    logger,
    (manager) => writeCbi(manager, dataDir),
  );
  return [wdi, cbi];
}

function sourcePaths(dataDir: string, datasetId: string): string[] {
  return indicatorsDataset(datasetId).files.map((file) => join(dataDir, file));
}
