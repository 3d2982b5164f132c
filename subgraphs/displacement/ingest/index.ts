import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { ingestDataset, type IngestResult } from '../../kit/ingest/dataset';
import type { IngestInput } from '../../kit/ingest/ministry';
import type { Logger } from '../../kit/logger';
import {
  ADMIN_FILES,
  CAMPS_DATASET,
  displacementDatasets,
  IDP_DATASET,
  RETURNEE_DATASET,
} from '../datasets';
import { readAdminUnits } from '../source/admin-units';
import { PlaceReconciler } from '../source/reconcile';
import { writeCamps } from './camps';
import { writeIdpLocations, writeReturneeLocations } from './locations';

type Writer = typeof writeCamps;

/** Writer of each dataset, by dataset id. */
const WRITERS: Record<string, Writer> = {
  [IDP_DATASET]: writeIdpLocations,
  [RETURNEE_DATASET]: writeReturneeLocations,
  [CAMPS_DATASET]: writeCamps,
};

/**
 * Loads the displacement datasets from `input.dataDir`, each in its own
 * transaction. Places are reconciled against the COD-AB files of the same
 * folder, which are therefore part of each dataset's checksum: new
 * boundaries reload every dataset.
 *
 * NOTE: the reviewed alias table is code, not a source file, so editing it
 * reloads nothing until a source file changes.
 */
export async function ingestDisplacement(
  dataSource: DataSource,
  { dataDir }: IngestInput,
  logger: Logger,
): Promise<IngestResult[]> {
  const reconciler = new PlaceReconciler(await readAdminUnits(dataDir));
  const results: IngestResult[] = [];
  for (const dataset of displacementDatasets) {
    const write = WRITERS[dataset.id];
    const files = [...ADMIN_FILES, ...dataset.files].map((file) =>
      join(dataDir, file),
    );
    results.push(
      await ingestDataset(dataSource, dataset.id, files, logger, (manager) =>
        write(manager, dataDir, reconciler),
      ),
    );
  }
  return results;
}
