import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { BOUNDARY_FILES } from '../../kit/geo/boundaries';
import { createLocator } from '../../kit/geo/locate';
import { ingestDataset, type IngestResult } from '../../kit/ingest/dataset';
import type { IngestInput } from '../../kit/ingest/ministry';
import type { Logger } from '../../kit/logger';
import { HEALTHSITES_DATASET, OVERTURE_DATASET } from '../datasets';
import { HEALTHSITES_FILE, readHealthsites } from '../source/healthsites';
import { OVERTURE_HEALTH_FILE, readOvertureHealth } from '../source/overture';
import { writeFacilities, type FacilityRecord } from './facilities';

/**
 * Loads the health datasets from `input.dataDir`, each in its own
 * transaction. A dataset whose source file is invalid raises
 * `SourceFileError` and keeps its previous rows, and the datasets after it
 * are not loaded.
 */
export async function ingestHealth(
  dataSource: DataSource,
  { dataDir }: IngestInput,
  logger: Logger,
): Promise<IngestResult[]> {
  const healthsites = await ingestFacilities(
    dataSource,
    dataDir,
    logger,
    HEALTHSITES_DATASET,
    HEALTHSITES_FILE,
    readHealthsites,
  );
  const overture = await ingestFacilities(
    dataSource,
    dataDir,
    logger,
    OVERTURE_DATASET,
    OVERTURE_HEALTH_FILE,
    readOvertureHealth,
  );
  return [healthsites, overture];
}

/**
 * Loads one facility dataset. The checksum covers the district and
 * sub-district boundary files as well, because placement depends on them.
 */
function ingestFacilities(
  dataSource: DataSource,
  dataDir: string,
  logger: Logger,
  datasetId: string,
  file: string,
  read: (dataDir: string) => Promise<FacilityRecord[]>,
): Promise<IngestResult> {
  const files = [file, BOUNDARY_FILES[2], BOUNDARY_FILES[3]];
  return ingestDataset(
    dataSource,
    datasetId,
    files.map((name) => join(dataDir, name)),
    logger,
    async (manager) => {
      const facilities = await read(dataDir);
      const locator = await createLocator(dataDir);
      return writeFacilities(manager, datasetId, facilities, locator);
    },
  );
}
