import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { ingestDataset, type IngestResult } from '../../kit/ingest/dataset';
import type { IngestInput } from '../../kit/ingest/ministry';
import type { Logger } from '../../kit/logger';
import { BOUNDARY_FILES, POPULATION_FILE } from '../datasets';
import { writeBoundaries } from './boundaries';
import { writePopulation } from './population';

/** Loads the planning datasets from `input.dataDir`, each in its own transaction. */
export async function ingestPlanning(
  dataSource: DataSource,
  { dataDir }: IngestInput,
  logger: Logger,
): Promise<IngestResult[]> {
  const boundaries = await ingestDataset(
    dataSource,
    'planning.admin-boundaries',
    BOUNDARY_FILES.map((f) => join(dataDir, f)),
    logger,
    (manager) => writeBoundaries(manager, dataDir),
  );
  const population = await ingestDataset(
    dataSource,
    'planning.population',
    [join(dataDir, POPULATION_FILE)],
    logger,
    (manager) => writePopulation(manager, dataDir),
  );
  return [boundaries, population];
}
